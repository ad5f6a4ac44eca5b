// What every marketplace resolver receives.
import type { RequestContext } from '@nexus/kernel/context';
import type { BatchLoader } from '@nexus/kernel/batch-loader';
import type { AgentService } from './agents/agent-service';
import type { AgentRow } from './agents/agent-repository';

export interface SubgraphContext {
  req: RequestContext;
  services: { agents: AgentService };
  /** Per request: many Agent references become one query. */
  loaders: { agentById: BatchLoader<string, AgentRow> };
}

/** The marketplace only knows a tenant by id; tenancy resolves the rest. */
export interface TenantRef {
  id: string;
}
