// What every workflows resolver receives: the verified request context and the services.
import type { RequestContext } from '@nexus/kernel/context';
import type { NodeTypeRegistry } from './graph/node-type';
import type { WorkflowService } from './workflows/workflow-service';
import type { SecretStore } from './secrets/secret-store';
import type { WorkflowSettingsService } from './secrets/workflow-settings';
import type { RunService } from './runs/run-service';

export interface WorkflowsServices {
  registry: NodeTypeRegistry;
  workflows: WorkflowService;
  secrets: SecretStore;
  settings: WorkflowSettingsService;
  runs: RunService;
}

export interface SubgraphContext {
  req: RequestContext;
  services: WorkflowsServices;
}
