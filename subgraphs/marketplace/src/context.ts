// What every marketplace resolver receives.
import type { RequestContext } from '@nexus/kernel/context';
import type { AgentService } from './agents/agent-service';

export interface SubgraphContext {
  req: RequestContext;
  services: { agents: AgentService };
}

/** The marketplace only knows a tenant by id; tenancy resolves the rest. */
export interface TenantRef {
  id: string;
}
