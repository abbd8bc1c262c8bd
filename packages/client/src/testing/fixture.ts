import { BrookClient } from '../BrookClient.js';
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

/** A fake broker on a free loopback port and a client bound to it. */
export async function startFixture(operationTimeoutMs = 5_000): Promise<Fixture> {
  const broker = await FakeBroker.start();
  const client = new BrookClient({ serviceUrl: broker.url, operationTimeoutMs });
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
