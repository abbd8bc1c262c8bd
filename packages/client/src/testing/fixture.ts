import { BrookClient } from '../BrookClient.js';
import type { ClientOptions } from '../ClientConfig.js';
import { FakeBroker } from './FakeBroker.js';

export const TOPIC = 'public/default/orders';

export interface Fixture {
  readonly broker: FakeBroker;
  readonly client: BrookClient;
  /** Batches stored for TOPIC, as message counts. */
  batchSizes(): number[];
  storedMessages(): number;
  close(): Promise<void>;
}

/** The fast retry profile of tests: reconnects within milliseconds. */
export const FAST_RECONNECT = { initialDelayMs: 5, maxDelayMs: 50 } as const;

/** A fake broker on a free loopback port and a client bound to it (operationTimeoutMs 5 s, FAST_RECONNECT). */
export async function startFixture(options: Omit<ClientOptions, 'serviceUrl'> = {}): Promise<Fixture> {
  const broker = await FakeBroker.start();
  const client = new BrookClient({
    serviceUrl: broker.url,
    operationTimeoutMs: 5_000,
    reconnect: FAST_RECONNECT,
    ...options,
  });
  const entries = () => broker.topics.get(TOPIC)?.entries ?? [];
  return {
    broker,
    client,
    batchSizes: () => entries().map((e) => e.batch.messageCount),
    storedMessages: () => entries().reduce((sum, e) => sum + e.batch.messageCount, 0),
    close: async () => {
      await client.close();
      await broker.close();
    },
  };
}

/** A 100-byte value whose first bytes spell i. */
export function value(i: number, size = 100): Buffer {
  const buf = Buffer.alloc(size, 0x2e);
  buf.write(String(i));
  return buf;
}
