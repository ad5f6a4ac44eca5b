// What every marketplace resolver receives.
import type { RequestContext } from '@nexus/kernel/context';
import type { BatchLoader } from '@nexus/kernel/batch-loader';
import type { AgentService } from './agents/agent-service';
import type { AgentRow } from './agents/agent-repository';
import type { VersionService } from './versions/version-service';
import type { DependencyService } from './versions/dependency-service';
import type { RatingService } from './ratings/rating-service';
import type { ReviewQueueService } from './moderation/review-queue-service';
import type { PublishService } from './publish/publish-service';
import type { AgentSearchService } from './search/agent-search-service';
import type { InvokeService } from './execution/invoke-service';
import type { InstallService } from './install/install-service';
import type { PublisherRow } from './publishers/publisher-repository';
import type { PublisherPolicyService } from './moderation/publisher-policy-service';

export interface MarketplaceServices {
  agents: AgentService;
  versions: VersionService;
  dependencies: DependencyService;
  ratings: RatingService;
  reviewQueue: ReviewQueueService;
  publishers: PublisherPolicyService;
  publish: PublishService;
  search: AgentSearchService;
  invoke: InvokeService;
  install: InstallService;
}

export interface SubgraphContext {
  req: RequestContext;
  services: MarketplaceServices;
  /** Per request: many references become one query each. */
  loaders: {
    agentById: BatchLoader<string, AgentRow>;
    publisherByTenant: BatchLoader<string, PublisherRow>;
  };
}

/** The marketplace only knows a tenant by id; tenancy resolves the rest. */
export interface TenantRef {
  id: string;
}
