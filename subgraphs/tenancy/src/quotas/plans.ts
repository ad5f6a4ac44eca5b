// The plan catalogue: what each plan allows. Limits use the names of `@nexus/kernel/quota`; -1 is unlimited.
import type { TLimitName } from '@nexus/kernel/quota';

export interface PlanDefinition {
  id: string;
  name: string;
  priceMonthlyUsd: number;
  limits: Record<TLimitName, number>;
  /** Kubernetes ResourceQuota of the tenant's namespace. */
  kubernetes: { cpu: string; memory: string; storage: string; pods: number };
}

const GiB = 1024 ** 3;

export const PLANS: readonly PlanDefinition[] = [
  {
    id: 'free', name: 'Free', priceMonthlyUsd: 0,
    limits: { apiRequestsPerMinute: 600, concurrentWorkflowRuns: 2, trainingJobs: 1, storageBytes: 1 * GiB, publishedAgents: 25, seats: 5 },
    kubernetes: { cpu: '2', memory: '4Gi', storage: '10Gi', pods: 20 },
  },
  {
    id: 'team', name: 'Team', priceMonthlyUsd: 99,
    limits: { apiRequestsPerMinute: 6000, concurrentWorkflowRuns: 20, trainingJobs: 5, storageBytes: 50 * GiB, publishedAgents: 500, seats: 50 },
    kubernetes: { cpu: '16', memory: '32Gi', storage: '100Gi', pods: 200 },
  },
  {
    id: 'enterprise', name: 'Enterprise', priceMonthlyUsd: 1999,
    limits: { apiRequestsPerMinute: 60000, concurrentWorkflowRuns: 200, trainingJobs: 50, storageBytes: 1024 * GiB, publishedAgents: -1, seats: -1 },
    kubernetes: { cpu: '128', memory: '256Gi', storage: '2Ti', pods: 2000 },
  },
];

export const DEFAULT_PLAN_ID = 'free';

/** The plan with this id; unknown ids (a plan retired from the catalogue) fall back to the free plan's limits. */
export function planById(id: string): PlanDefinition {
  return PLANS.find((p) => p.id === id) ?? PLANS.find((p) => p.id === DEFAULT_PLAN_ID)!;
}

/** Whether the catalogue offers this plan (changePlan accepts only these). */
export const isPlanId = (id: string): boolean => PLANS.some((p) => p.id === id);
