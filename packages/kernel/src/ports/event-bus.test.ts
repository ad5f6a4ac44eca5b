// Runs the EventBus contract on the memory adapter always, and on NATS JetStream when a server is reachable.
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { detectNats, uniqueRunId } from '@nexus/testing/services';
import { afterAll, describe } from 'vitest';
import { MemoryEventBusAdapter } from '../adapters/memory-event-bus';
import { NatsEventBusAdapter } from '../adapters/nats-event-bus';
import { describeEventBusContract } from './event-bus.contract';

// Short retry delays keep the redelivery tests quick.
const retry = { retryBaseMs: 100, retryMaxMs: 1_000 };

// Memory durability is per instance: a consumer registered later on the same bus sees earlier events, a new bus does not.
describeEventBusContract('MemoryEventBusAdapter', async () => new MemoryEventBusAdapter(retry), { durableAcrossInstances: false });

const natsUrl = await detectNats('NatsEventBusAdapter suite skipped; memory adapter covered');
// A stream and subject space of its own per run, so parallel runs never see each other's events.
const run = uniqueRunId('ev');
const stream = `TEST_${run}`;

describe.skipIf(!natsUrl)('NatsEventBusAdapter', () => {
  describeEventBusContract(
    'NatsEventBusAdapter',
    () => NatsEventBusAdapter.connect({ url: natsUrl!, stream, subjectPrefix: `test.${run}.events`, ...retry }),
    { durableAcrossInstances: true },
  );

  afterAll(async () => {
    const nc = await connect({ servers: natsUrl! });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(stream).catch(() => false);
    await nc.close();
  });
});
