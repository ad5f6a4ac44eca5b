// The audit log as RFC 4180 CSV, safe to open in a spreadsheet.
import type { AuditRow } from './audit-log-repository';

export const AUDIT_CSV_HEADER = ['occurred_at', 'actor', 'action', 'source', 'target_type', 'target_id', 'target_label', 'ip', 'request_id', 'before', 'after'] as const;

/**
 * One cell. Text a spreadsheet would read as a formula (leading = + - @, or tab / carriage return, which
 * some programs strip before looking) gets a leading apostrophe (OWASP "CSV injection"); then cells holding
 * a quote, comma or line break are quoted with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

export function auditCsvRow(r: AuditRow): string[] {
  return [r.occurredAt.toISOString(), r.actorLabel, r.action, r.source, r.targetType, r.targetId, r.targetLabel, r.ip, r.requestId, json(r.before), json(r.after)]
    .map(csvCell);
}

/** Header first; CRLF after every record, as RFC 4180 writes it. */
export function toAuditCsv(rows: readonly AuditRow[]): string {
  return [AUDIT_CSV_HEADER.join(','), ...rows.map((r) => auditCsvRow(r).join(','))].map((line) => `${line}\r\n`).join('');
}
