// The publish pipeline's report: each step with its outcome, findings and measured metrics.
import { Badge } from '@nexus/ui/badge';
import type { PublishReportFieldsFragment } from '../../gql/graphql';
import { formatMs } from '../../lib/format';
import { formatMetric, metricLabel, severityTone, stepStatusIcon, stepTitle } from './report-format';
import styles from './report.module.css';

type Step = PublishReportFieldsFragment['steps'][number];

export function ReportSummary({ steps }: { steps: readonly Step[] }) {
  const count = (status: string) => steps.filter((step) => step.status === status).length;
  return (
    <p className={styles.summary} data-testid="report-summary">
      <span className={styles.passed}>{count('passed')} passed</span>
      {count('warning') > 0 && <span className={styles.warning}>{count('warning')} with warnings</span>}
      {count('failed') > 0 && <span className={styles.failed}>{count('failed')} failed</span>}
    </p>
  );
}

export function ReportSteps({ steps }: { steps: readonly Step[] }) {
  return (
    <ol className={styles.steps} data-testid="report-steps">
      {steps.map((step) => <ReportStep key={step.name} step={step} />)}
    </ol>
  );
}

function ReportStep({ step }: { step: Step }) {
  return (
    <li className={`${styles.step} ${styles[`status_${step.status}`] ?? ''}`} data-testid="report-step" data-step={step.name} data-status={step.status}>
      <span className={styles.icon} aria-hidden="true">{stepStatusIcon[step.status] ?? '·'}</span>
      <div className={styles.stepBody}>
        <div className={styles.stepHead}>
          <h3 className={styles.stepName}>{stepTitle(step.name)}</h3>
          <span className="sr-only">{step.status}</span>
          <span className={styles.duration} title="Duration">{formatMs(step.durationMs)}</span>
        </div>
        <p className={styles.stepSummary}>{step.summary}</p>
        {step.metrics.length > 0 && (
          <dl className={styles.metrics} data-testid="report-metrics">
            {step.metrics.map((metric) => (
              <div key={metric.name} className={styles.metric} data-metric={metric.name}>
                <dt>{metricLabel(metric.name)}</dt>
                <dd>{formatMetric(metric.name, metric.value)}</dd>
              </div>
            ))}
          </dl>
        )}
        {step.findings.length > 0 && (
          <div className={styles.tableWrap}>
            <table className={styles.findings} data-testid="report-findings">
              <thead>
                <tr><th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Finding</th><th scope="col">Location</th></tr>
              </thead>
              <tbody>
                {step.findings.map((finding, index) => (
                  <tr key={`${finding.code}-${index}`} data-testid="report-finding" data-severity={finding.severity}>
                    <td><Badge tone={severityTone[finding.severity] ?? 'neutral'}>{finding.severity}</Badge></td>
                    <td><code>{finding.code}</code></td>
                    <td>{finding.message}</td>
                    <td className="mono muted">{finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </li>
  );
}
