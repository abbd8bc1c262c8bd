import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrookClient, type Consumer, type Message, type Producer } from '@brook/client';
import { ErrorCode } from '@brook/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './harness/collect.js';
import { StandaloneProcess } from './harness/StandaloneProcess.js';

/**
 * The storage lifecycle through the real client against real `brook standalone` processes, one per
 * namespace default under test (retention, TTL, each backlog-quota action), checked every 200 ms.
 */
const FAST = { retentionCheckIntervalMs: 200, cursorPersistIntervalMs: 100 };

async function startWith(broker: Record<string, unknown>, bookie: Record<string, unknown> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'brook-lifecycle-config-'));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ broker: { ...FAST, ...broker }, bookie }));
  const standalone = await StandaloneProcess.start({ config });
  return {
    standalone,
    client: new BrookClient({ serviceUrl: standalone.url }),
    close: async (client: BrookClient) => {
      await client.close();
      await standalone.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Bytes of the files under `dir`, recursively. */
async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await bytesUnder(path);
    else total += (await stat(path).catch(() => undefined))?.size ?? 0;
  }
  return total;
}

async function metric(httpUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${httpUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? 0 : Number(line.slice(name.length + 1));
}

/** Receives and acks `count` messages, keeping the consumer open. */
async function take(consumer: Consumer, count: number): Promise<Message[]> {
  const iterator = consumer[Symbol.asyncIterator]();
  const received: Message[] = [];
  while (received.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    received.push(next.value);
    await consumer.ack(next.value);
  }
  return received;
}

const value = (i: number, bytes: number) => Buffer.alloc(bytes, `message-${i};`);

async function sendAll(producer: Producer, count: number, bytes: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, i) => producer.send({ value: value(i, bytes) })));
}

describe('retention and bookie garbage collection', () => {
  let env: Awaited<ReturnType<typeof startWith>>;
  let client: BrookClient;

  beforeAll(async () => {
    env = await startWith(
      { ledgerMaxEntries: 10, defaultRetentionTimeMinutes: 0, defaultRetentionSizeMb: 0 },
      { gcIntervalMs: 300, entryLogSizeLimit: 256 * 1024, flushIntervalMs: 100 },
    );
    client = env.client;
  });
  afterAll(async () => {
    await env?.close(client);
  });

  it('deletes consumed ledgers and the bookie gives the disk space back', async () => {
    const topic = 'retained';
    const entryLogs = join(env.standalone.dataDir, 'bookie', 'ledgers', 'entrylogs');
    const consumer = await client.subscribe({ topic, subscription: 'reader', initialPosition: 'Earliest' });
    const producer = await client.createProducer({ topic, batching: false });
    await sendAll(producer, 300, 10_000);

    const produced = await client.admin.topics.stats(topic);
    expect(produced.ledgerCount).toBeGreaterThanOrEqual(30);
    expect(produced.storageSize).toBeGreaterThan(3_000_000);
    // Nothing is consumed yet: retention 0 deletes nothing, and the bytes reach the entry logs.
    await eventually(async () => (await bytesUnder(entryLogs)) > 3_000_000);
    const peak = await bytesUnder(entryLogs);
    expect((await client.admin.topics.stats(topic)).ledgerCount).toBe(produced.ledgerCount);

    const messages = await take(consumer, 300);
    expect(messages.map((m) => m.offset)).toEqual(Array.from({ length: 300 }, (_, i) => i));

    // Every closed ledger goes; the current one stays. Then the bookie's entry logs shrink.
    await eventually(async () => (await client.admin.topics.stats(topic)).ledgerCount === 1);
    await eventually(async () => (await bytesUnder(entryLogs)) < peak / 4);
    expect(await metric(env.standalone.httpUrl, 'brook_bookie_gc_deleted_ledgers_total')).toBe(
      produced.ledgerCount - 1,
    );
    expect(await metric(env.standalone.httpUrl, 'brook_bookie_gc_reclaimed_bytes_total')).toBeGreaterThan(peak / 2);
    console.info(`entry logs: ${peak} bytes at the peak, ${await bytesUnder(entryLogs)} after retention and GC`);

    // The topic goes on: new messages are stored and delivered after the trim.
    await producer.send({ value: 'after' });
    const [after] = await take(consumer, 1);
    expect(after?.offset).toBe(300);
    expect(after?.value.toString()).toBe('after');
    // A new subscription at Earliest starts at the first message still stored.
    const late = await client.subscribe({ topic, subscription: 'late', initialPosition: 'Earliest' });
    const [first] = await take(late, 1);
    expect(first?.offset).toBeGreaterThanOrEqual(290);
    await Promise.all([producer.close(), consumer.close(), late.close()]);
  });
});

describe('message TTL', () => {
  let env: Awaited<ReturnType<typeof startWith>>;
  beforeAll(async () => {
    env = await startWith({ defaultMessageTtlSeconds: 1 });
  });
  afterAll(async () => {
    await env?.close(env.client);
  });

  it('acknowledges messages a subscription left unacknowledged past the TTL', async () => {
    const { client } = env;
    const topic = 'expiring';
    // The subscription stays while nobody consumes: what it has not acknowledged is its backlog.
    await (await client.subscribe({ topic, subscription: 'idle', initialPosition: 'Earliest' })).close();
    const producer = await client.createProducer({ topic });
    await sendAll(producer, 50, 100);
    const backlog = async () => (await client.admin.topics.stats(topic)).subscriptions[0]?.backlog ?? -1;
    expect(await backlog()).toBe(50);
    await eventually(async () => (await backlog()) === 0, 10_000);
    // Messages sent after the expiry are delivered as usual.
    await producer.send({ value: 'fresh' });
    const idle = await client.subscribe({ topic, subscription: 'idle' });
    const [fresh] = await take(idle, 1);
    expect(fresh?.value.toString()).toBe('fresh');
    expect(fresh?.offset).toBe(50);
    await Promise.all([producer.close(), idle.close()]);
  });
});

describe('backlog quota: producer_exception', () => {
  let env: Awaited<ReturnType<typeof startWith>>;
  beforeAll(async () => {
    env = await startWith({ defaultBacklogQuotaLimitBytes: 20_000, defaultBacklogQuotaAction: 'producer_exception' });
  });
  afterAll(async () => {
    await env?.close(env.client);
  });

  it('fails publishes at once with PRODUCER_BLOCKED_QUOTA_EXCEEDED, storing nothing, until the backlog is consumed', async () => {
    const { client } = env;
    const topic = 'refusing';
    const consumer = await client.subscribe({ topic, subscription: 'slow', initialPosition: 'Earliest' });
    const producer = await client.createProducer({ topic, batching: false });
    await sendAll(producer, 30, 1_000);
    // The next periodic check finds the backlog (~30 KB) over the 20 KB quota.
    let refused: unknown;
    await eventually(async () => {
      refused = await producer.send({ value: 'one more' }).then(
        () => undefined,
        (error: unknown) => error,
      );
      return refused !== undefined;
    }, 10_000);
    expect(refused).toMatchObject({ code: ErrorCode.ProducerBlockedQuotaExceeded });
    const stored = (await client.admin.topics.stats(topic)).messageCount;
    await expect(producer.send({ value: 'refused' })).rejects.toMatchObject({
      code: ErrorCode.ProducerBlockedQuotaExceeded,
    });
    expect((await client.admin.topics.stats(topic)).messageCount).toBe(stored);

    await take(consumer, stored);
    await eventually(async () =>
      producer.send({ value: 'accepted' }).then(
        () => true,
        () => false,
      ),
    );
    await Promise.all([producer.close(), consumer.close()]);
  });
});

describe('backlog quota: producer_request_hold', () => {
  let env: Awaited<ReturnType<typeof startWith>>;
  beforeAll(async () => {
    env = await startWith({
      defaultBacklogQuotaLimitBytes: 20_000,
      defaultBacklogQuotaAction: 'producer_request_hold',
    });
  });
  afterAll(async () => {
    await env?.close(env.client);
  });

  it('holds publishes while over quota and stores them once consumers catch up', async () => {
    const { client } = env;
    const topic = 'holding';
    const consumer = await client.subscribe({ topic, subscription: 'slow', initialPosition: 'Earliest' });
    const producer = await client.createProducer({ topic, batching: false, sendTimeoutMs: 20_000 });
    await sendAll(producer, 30, 1_000);
    await eventually(async () => (await client.admin.topics.stats(topic)).messageCount === 30);
    // Give the periodic check time to see the backlog: a held send does not resolve on its own.
    let held: Promise<unknown> | undefined;
    await eventually(async () => {
      const attempt = producer.send({ value: 'held' });
      const settled = await Promise.race([
        attempt.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 500)),
      ]);
      if (!settled) held = attempt;
      return !settled;
    }, 10_000);
    const storedBefore = (await client.admin.topics.stats(topic)).messageCount;
    const heldAt = Date.now();

    await take(consumer, storedBefore);
    await expect(held).resolves.toBeDefined();
    expect(Date.now() - heldAt).toBeLessThan(10_000);
    const [released] = await take(consumer, 1);
    expect(released?.value.toString()).toBe('held');
    await Promise.all([producer.close(), consumer.close()]);
  });

  it('fails a send held past its send timeout with PRODUCER_BLOCKED_QUOTA_EXCEEDED', async () => {
    const { client } = env;
    const topic = 'holding-too-long';
    const consumer = await client.subscribe({ topic, subscription: 'stuck', initialPosition: 'Earliest' });
    const producer = await client.createProducer({ topic, batching: false, sendTimeoutMs: 2_000 });
    await sendAll(producer, 30, 1_000);
    await eventually(async () => {
      const error = await producer.send({ value: 'late' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error) expect(error).toMatchObject({ code: ErrorCode.ProducerBlockedQuotaExceeded });
      return error !== undefined;
    }, 15_000);
    await Promise.all([producer.close(), consumer.close()]);
  });
});

describe('backlog quota: consumer_backlog_eviction', () => {
  let env: Awaited<ReturnType<typeof startWith>>;
  beforeAll(async () => {
    env = await startWith({
      ledgerMaxEntries: 5,
      defaultBacklogQuotaLimitBytes: 20_000,
      defaultBacklogQuotaAction: 'consumer_backlog_eviction',
    });
  });
  afterAll(async () => {
    await env?.close(env.client);
  });

  it('advances the slowest subscription until the backlog fits, and never blocks the producer', async () => {
    const { client } = env;
    const topic = 'evicting';
    const slow = await client.subscribe({ topic, subscription: 'slow', initialPosition: 'Earliest' });
    const producer = await client.createProducer({ topic, batching: false });
    await sendAll(producer, 100, 1_000);
    const backlog = async () => (await client.admin.topics.stats(topic)).subscriptions[0]?.backlog ?? -1;
    await eventually(async () => (await backlog()) < 30, 10_000);
    // ~1.1 KB stored per message: a 20 KB quota leaves 15-20 messages of backlog.
    expect(await backlog()).toBeGreaterThanOrEqual(10);
    await slow.close();
    const resumed = await client.subscribe({ topic, subscription: 'slow' });
    const [next] = await take(resumed, 1);
    expect(next?.offset).toBeGreaterThanOrEqual(70);
    await Promise.all([producer.close(), resumed.close()]);
  });
});
