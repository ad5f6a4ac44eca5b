// Plan limits travel in the signed context (`ctx.limits`); each feature counts its own use and asks here first.
import type { RequestContext } from './context';
import { DomainError, ErrorCode } from './errors';

/** Limit names, as in the plan catalogue and the GraphQL `PlanLimits` type. */
export const LIMIT_NAMES = ['apiRequestsPerMinute', 'concurrentWorkflowRuns', 'trainingJobs', 'storageBytes', 'publishedAgents', 'seats'] as const;
export type TLimitName = (typeof LIMIT_NAMES)[number];

const DESCRIBE: Record<TLimitName, (n: number) => string> = {
  apiRequestsPerMinute: (n) => `${n} API requests per minute`,
  concurrentWorkflowRuns: (n) => `${n} concurrent workflow runs`,
  trainingJobs: (n) => `${n} training jobs at a time`,
  storageBytes: (n) => `${formatBytes(n)} of storage`,
  publishedAgents: (n) => `${n} published agents`,
  seats: (n) => `${n} seats (members plus pending invitations)`,
};

/** "5 seats (members plus pending invitations)", "1 GB of storage": a limit in words, for messages. */
export const describeLimit = (name: TLimitName, max: number): string => DESCRIBE[name](max);

/** A used amount in the limit's unit, for messages. */
export const formatUsed = (name: TLimitName, used: number): string => (name === 'storageBytes' ? formatBytes(used) : String(used));

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}

/** The tenant's limit, or undefined when the context carries none (internal jobs) or it is unlimited (-1). */
export function limitOf(ctx: Pick<RequestContext, 'limits'>, name: TLimitName): number | undefined {
  const max = ctx.limits[name];
  return max === undefined || max < 0 ? undefined : max;
}

/**
 * Throws QUOTA_EXCEEDED when `used + adding` would pass the plan's limit. Call it inside the same
 * transaction that makes the change (after counting `used` there), so a refusal changes nothing.
 */
export function assertWithinQuota(ctx: Pick<RequestContext, 'limits'>, name: TLimitName, used: number, adding = 1): void {
  const max = limitOf(ctx, name);
  if (max === undefined || used + adding <= max) return;
  throw new DomainError(ErrorCode.QUOTA_EXCEEDED, `Plan limit reached: ${name} allows ${DESCRIBE[name](max)}; ${formatUsed(name, used)} in use${adding !== 1 ? `, this needs ${formatUsed(name, adding)} more` : ''}. Upgrade the plan or free some up.`, { field: name });
}
