// The audit page's URL parameters ↔ the API's AuditFilter; dates are whole UTC days, `to` included.
import type { AuditFilter } from '../../../gql/graphql';

export interface AuditQuery {
  action: string;
  targetType: string;
  /** yyyy-mm-dd or empty. */
  from: string;
  to: string;
  after: string | null;
}

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : '');
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export function readAuditQuery(params: Params): AuditQuery {
  const from = one(params.from);
  const to = one(params.to);
  return { action: one(params.action), targetType: one(params.targetType), from: isDay(from) ? from : '', to: isDay(to) ? to : '', after: one(params.after) || null };
}

export function toAuditFilter(query: AuditQuery): AuditFilter {
  const filter: AuditFilter = {};
  if (query.action) filter.action = query.action;
  if (query.targetType) filter.targetType = query.targetType;
  if (query.from) filter.from = new Date(`${query.from}T00:00:00.000Z`).toISOString();
  // The API's `to` is exclusive; the form's is the last day wanted.
  if (query.to) filter.to = new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  return filter;
}

/** The page's URL with the same filters and another cursor. */
export function auditHref(query: AuditQuery, after: string | null): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'targetType', 'from', 'to'] as const) if (query[key]) params.set(key, query[key]);
  if (after) params.set('after', after);
  const search = params.toString();
  return search ? `/console/audit?${search}` : '/console/audit';
}
