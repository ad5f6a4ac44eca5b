// API requests over the chosen range as an SVG bar chart (drawn here: no chart library), readable without a pointer.
import type { UsageRange } from '../../../gql/graphql';
import { formatCompact, formatCount } from '../../../lib/format';
import { axis } from './chart-scale';
import styles from './usage.module.css';

export interface ChartPoint {
  at: string;
  value: number;
}

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { top: 12, right: 12, bottom: 28, left: 48 };

const LABEL: Record<UsageRange, Intl.DateTimeFormat> = {
  HOUR: new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }),
  DAY: new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }),
  WEEK: new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', timeZone: 'UTC' }),
};

export function UsageChart({ points, range }: { points: readonly ChartPoint[]; range: UsageRange }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const { top, ticks } = axis(Math.max(0, ...points.map((p) => p.value)));
  const slot = points.length ? plotW / points.length : plotW;
  const barW = Math.max(1, slot * 0.72);
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  // At most ~8 time labels, so they never overlap.
  const every = Math.max(1, Math.ceil(points.length / 8));
  const label = (iso: string) => LABEL[range].format(new Date(iso));
  const total = points.reduce((sum, p) => sum + p.value, 0);

  return (
    <figure className={styles.chart} data-testid="usage-chart" data-points={points.length} data-total={total}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`API requests, ${formatCount(total)} in total over ${points.length} intervals`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className={styles.grid} />
            <text x={PAD.left - 6} y={y(tick)} className={styles.axisLabel} textAnchor="end" dominantBaseline="middle">{formatCompact(tick)}</text>
          </g>
        ))}
        {points.map((point, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          const height = Math.max(point.value > 0 ? 1 : 0, y(0) - y(point.value));
          return (
            <g key={point.at}>
              <rect x={x} y={y(0) - height} width={barW} height={height} rx={Math.min(3, barW / 3)} className={styles.bar} data-testid="usage-bar" data-value={point.value}>
                <title>{`${label(point.at)} UTC: ${formatCount(point.value)} requests`}</title>
              </rect>
              {i % every === 0 && (
                <text x={PAD.left + i * slot + slot / 2} y={HEIGHT - 8} className={styles.axisLabel} textAnchor="middle">{label(point.at)}</text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className={styles.axis} />
      </svg>
      {points.length === 0 && <figcaption className={styles.empty}>No requests recorded in this range yet.</figcaption>}
    </figure>
  );
}
