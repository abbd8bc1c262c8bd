import type { MessageId, Reader } from '@brook/client';
import { describe, expect, it } from 'vitest';
import { publishNumbers, range } from './harness/numbered.js';
import { useInProcessBroker } from './harness/useInProcessBroker.js';

/** The values of the next `count` messages. */
async function read(reader: Reader, count: number): Promise<number[]> {
  const values: number[] = [];
  while (values.length < count) values.push(Number((await reader.readNext()).value.toString()));
  return values;
}

/** Everything up to the end as it is now. */
async function readToEnd(reader: Reader): Promise<number[]> {
  const values: number[] = [];
  while (await reader.hasMessageAvailable()) values.push(Number((await reader.readNext()).value.toString()));
  return values;
}

/**
 * Readers through the real client against a real broker: non-durable subscriptions that start at
 * Earliest, Latest or a message id, need no acks, leave nothing in the metadata store, and survive
 * a broker restart without repeating or skipping a message.
 */
describe('readers', () => {
  const env = useInProcessBroker({ ledgerMaxEntries: 4 });

  const publish = (topic: string, count: number, from = 0) => publishNumbers(env.client, topic, count, from);

  it('reads from Earliest to the end, then sees what is published next', async () => {
    const topic = 'reader-earliest';
    await publish(topic, 20);
    const reader = await env.client.createReader({ topic, startMessageId: 'Earliest' });
    expect(await readToEnd(reader)).toEqual(range(0, 20));
    expect(await reader.hasMessageAvailable()).toBe(false);
    await publish(topic, 2, 20);
    expect(await reader.hasMessageAvailable()).toBe(true);
    expect(await read(reader, 2)).toEqual([20, 21]);
    await reader.close();
  });

  it('from Latest reads only what is published after it was created', async () => {
    const topic = 'reader-latest';
    await publish(topic, 10);
    const reader = await env.client.createReader({ topic, startMessageId: 'Latest' });
    expect(await reader.hasMessageAvailable()).toBe(false);
    await publish(topic, 3, 10);
    expect(await readToEnd(reader)).toEqual([10, 11, 12]);
    await reader.close();
  });

  it('from a message id inside a batch: after it by default, from it with startInclusive', async () => {
    const topic = 'reader-message-id';
    const ids = await publish(topic, 15);
    const start = ids[7] as MessageId;
    expect(start.batchIndex).toBe(1);
    const after = await env.client.createReader({ topic, startMessageId: start });
    const from = await env.client.createReader({ topic, startMessageId: start, startInclusive: true });
    expect(await readToEnd(after)).toEqual(range(8, 15));
    expect(await readToEnd(from)).toEqual(range(7, 15));
    await Promise.all([after.close(), from.close()]);
  });

  it('leaves no cursor in the metadata store, and its subscription is gone once it closes', async () => {
    const topic = 'reader-leaves-nothing';
    await publish(topic, 5);
    const cursorsBefore = await env.broker.cursorKeys();
    const reader = await env.client.createReader({ topic, startMessageId: 'Earliest', receiverQueueSize: 2 });
    expect(await readToEnd(reader)).toEqual(range(0, 5));
    const listed = await env.client.admin.subscriptions.list(topic);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ durable: false, consumerCount: 1 });
    expect(listed[0]?.name).toMatch(/^reader-[0-9a-f]+$/);
    expect(await env.broker.cursorKeys()).toEqual(cursorsBefore);
    await reader.close();
    expect(await env.client.admin.subscriptions.list(topic)).toEqual([]);
    expect(await env.broker.cursorKeys()).toEqual(cursorsBefore);
  });

  it('seeks by offset, message id and publish time', async () => {
    const topic = 'reader-seek';
    const ids = await publish(topic, 12);
    const reader = await env.client.createReader({ topic, startMessageId: 'Earliest' });
    expect(await readToEnd(reader)).toEqual(range(0, 12));
    await reader.seek({ offset: 4 });
    expect(await readToEnd(reader)).toEqual(range(4, 12));
    await reader.seek(ids[10] as MessageId);
    expect(await readToEnd(reader)).toEqual([10, 11]);
    await reader.seek({ publishTime: 0 });
    expect(await readToEnd(reader)).toEqual(range(0, 12));
    await reader.close();
  });

  it('after a broker restart continues right after the last message it handed out', async () => {
    const topic = 'reader-failover';
    await publish(topic, 10);
    const reader = await env.client.createReader({ topic, startMessageId: 'Earliest', receiverQueueSize: 4 });
    expect(await read(reader, 6)).toEqual(range(0, 6));
    await env.restartBroker();
    await publish(topic, 4, 10);
    expect(await readToEnd(reader)).toEqual(range(6, 14));
    await reader.close();
  });

  it('reads every partition of a partitioned topic, and seeks them all', async () => {
    const topic = 'reader-partitioned';
    await env.client.admin.topics.create(topic, { partitions: 3 });
    const producer = await env.client.createProducer({ topic, batching: false });
    await Promise.all(range(0, 30).map((i) => producer.send({ key: `k${i}`, value: String(i) })));
    await producer.close();
    const reader = await env.client.createReader({ topic, startMessageId: 'Earliest' });
    const values = await readToEnd(reader);
    expect([...values].sort((a, b) => a - b)).toEqual(range(0, 30));
    await reader.seek('Earliest');
    expect((await readToEnd(reader)).sort((a, b) => a - b)).toEqual(range(0, 30));
    await reader.close();
    await expect(
      env.client.createReader({ topic, startMessageId: (await publish(`${topic}-partition-0`, 1))[0] as MessageId }),
    ).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
  });
});
