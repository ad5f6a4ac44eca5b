// What every tenancy resolver receives: the verified request context and the services.
import type { RequestContext } from '@nexus/kernel/context';
import type { BatchLoader } from '@nexus/kernel/batch-loader';
import type { TenantRow } from './tenants/tenant-repository';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { AccountService } from './accounts/account-service';
import type { TenantService } from './tenants/tenant-service';
import type { ApiKeyService } from './api-keys/api-key-service';

export interface TenancyServices {
  accounts: AccountService;
  tenants: TenantService;
  apiKeys: ApiKeyService;
  pubsub: PubSub;
}

export interface SubgraphContext {
  req: RequestContext;
  services: TenancyServices;
  /** Per request: entity references for many agents' publishers become one query. */
  loaders: { tenantById: BatchLoader<string, TenantRow> };
}
