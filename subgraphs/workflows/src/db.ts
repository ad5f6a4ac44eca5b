// The data-layer entry points this subgraph uses; repositories only ever get a tenant-scoped `tx`.
export type { Database } from '@nexus/db/create-database';
export { withTenant, withSystem, type TenantTx as Tx } from '@nexus/db/tenant-client';
export { enqueueEvent } from '@nexus/db/outbox';
