// What every tenancy resolver receives: the verified request context and the services.
import type { RequestContext } from '@nexus/kernel/context';
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
}
