// Plans, metering and Kubernetes isolation, assembled for createTenancySubgraph: services, event consumers, the job.
import type { Logger } from '@nexus/kernel/logger';
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import type { TenancyConfig } from '../config';
import { createKubernetesApplier, type TenantIsolationApplier } from '../isolation/kubernetes-applier';
import { IsolationProvisioner, type ProvisionerOptions } from '../isolation/isolation-provisioner';
import { IsolationRepository } from '../isolation/isolation-repository';
import { IsolationService } from '../isolation/isolation-service';
import { startIsolationConsumer } from '../isolation/isolation-consumer';
import { QuotaService } from './quota-service';
import { startUsageConsumer } from './usage-consumer';

export interface QuotaAreaDeps {
  db: Database;
  workerDb: Database;
  config: Pick<TenancyConfig, 'kubeconfig'>;
  pubsub: PubSub;
  eventBus: EventBus;
  logger: Logger;
  /** Replaces the cluster client built from `config.kubeconfig` (tests use a fake cluster). */
  applier?: TenantIsolationApplier;
  /** Timing of the provisioning job (tests move its clock by hand). */
  provisioning?: Pick<ProvisionerOptions, 'now' | 'intervalMs' | 'baseBackoffMs' | 'maxBackoffMs' | 'staleAfterMs'>;
}

export function createQuotaArea(deps: QuotaAreaDeps) {
  const applier = deps.applier ?? (deps.config.kubeconfig ? createKubernetesApplier({ kubeconfigPath: deps.config.kubeconfig }) : null);
  const provisioner = applier ? new IsolationProvisioner({ ...deps.provisioning, workerDb: deps.workerDb, applier, logger: deps.logger.child({ job: 'isolation' }) }) : null;
  const isolation = new IsolationService(deps.db, provisioner ? 'cluster' : 'manual', provisioner);
  const quotas = new QuotaService(deps.db, deps.pubsub, isolation);
  const stops: (() => Promise<void>)[] = [];
  return {
    quotas,
    isolation,
    provisioner,
    /** Subscribes the consumers and, with a cluster, starts provisioning; without one, every row shows MANUAL. */
    async start(): Promise<void> {
      const usage = await startUsageConsumer(deps.eventBus, deps.db, deps.logger);
      const tenants = await startIsolationConsumer(deps.eventBus, deps.db, isolation, deps.logger);
      stops.push(() => usage.stop(), () => tenants.stop());
      if (provisioner) {
        await provisioner.start();
        stops.push(() => provisioner.stop());
      } else {
        await withSystem(deps.workerDb, (tx) => IsolationRepository.syncMode(tx, false, new Date()));
      }
    },
    async close(): Promise<void> {
      for (const stop of stops.splice(0).reverse()) await stop();
    },
  };
}
