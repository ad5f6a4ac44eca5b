'use client';
// One domain's DNS records to set (with copy buttons and whether the last check saw them), check times and certificate.
import { CopyButton } from '@nexus/ui/copy-button';
import type { DomainFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../console/format';
import styles from '../org.module.css';
import local from './domains.module.css';

export function DomainDetails({ domain }: { domain: DomainFieldsFragment }) {
  const certificate = domain.certificate;
  return (
    <div className={local.details} data-testid="domain-details" data-hostname={domain.hostname}>
      <div className={local.recordsWrap}>
        <table className={`${styles.table} ${local.records}`} data-testid="dns-records">
          <caption className={local.caption}>Set these records at your DNS provider</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">For</th>
              <th scope="col">Seen</th>
            </tr>
          </thead>
          <tbody>
            {domain.records.map((record) => (
              <tr key={`${record.type}:${record.name}`} data-testid="dns-record" data-type={record.type} data-satisfied={record.satisfied}>
                <td><code data-testid="record-type">{record.type}</code></td>
                <td>
                  <span className={local.copyCell}>
                    <code className={local.value} data-testid="record-name">{record.name}</code>
                    <CopyButton text={record.name} size="sm" variant="ghost" aria-label={`Copy ${record.type} record name`} />
                  </span>
                </td>
                <td>
                  <span className={local.copyCell}>
                    <code className={local.value} data-testid="record-value">{record.value}</code>
                    <CopyButton text={record.value} size="sm" variant="ghost" aria-label={`Copy ${record.type} record value`} />
                  </span>
                </td>
                <td className={local.purpose}>{record.purpose}</td>
                <td>
                  <span className={record.satisfied ? local.ok : local.missing} data-testid="record-satisfied" aria-label={record.satisfied ? 'Seen' : 'Not seen yet'}>
                    {record.satisfied ? '✓' : '✗'}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className={styles.facts}>
        <dt>Added</dt>
        <dd>{formatDateTime(domain.createdAt)}</dd>
        <dt>Verified</dt>
        <dd>{domain.verifiedAt ? formatDateTime(domain.verifiedAt) : 'Not yet'}</dd>
        <dt>Last check</dt>
        <dd data-testid="domain-last-check">{domain.lastCheckedAt ? formatDateTime(domain.lastCheckedAt) : 'Not checked yet'}</dd>
        <dt>Next check</dt>
        <dd>{domain.nextCheckAt ? formatDateTime(domain.nextCheckAt) : '—'}</dd>
        {domain.lastError && (
          <>
            <dt>Last error</dt>
            <dd className={local.error} data-testid="domain-last-error">{domain.lastError}</dd>
          </>
        )}
        <dt>Certificate</dt>
        <dd data-testid="domain-certificate">
          {certificate ? (
            <>
              Issued by {certificate.issuer}, valid {formatDateTime(certificate.notBefore)} – <strong>{formatDateTime(certificate.notAfter)}</strong>
              {certificate.lastRenewError && <span className={local.error}> · renewal failed: {certificate.lastRenewError}</span>}
            </>
          ) : (
            'Not issued yet: it is requested once ownership is verified.'
          )}
        </dd>
      </dl>
    </div>
  );
}
