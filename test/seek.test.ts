import { Broker, parseBrokerConfig } from '@brook/broker';
import { BrookClient, type ClientEvent, type Consumer, type Message, type MessageId } from '@brook/client';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { eventually, take } from './harness/collect.js';
import { publishNumbers, range } from './harness/numbered.js';
import { useInProcessBroker } from './harness/useInProcessBroker.js';

/**
 * Seek through the real client against a real broker: a seek moves the subscription, every
 * consumer of it resubscribes, and every message from the target on comes again exactly once.
 * Ledgers roll over every 4 entries and producers batch 3 messages per entry, so targets fall inside
 * batches and in older ledgers.
 */
describe('seek by message id, publish time and offset', () => {
  const env = useInProcessBroker({ ledgerMaxEntries: 4, cursorPersistIntervalMs: 50 });

  const publish = (topic: string, count: number, from = 0) => publishNumbers(env.client, topic, count, from);

  /** After the messages expected, a sentinel comes next: nothing was delivered twice. */
  async function expectNothingMoreThan(topic: string, consumer: Consumer): Promise<void> {
    const [sentinel] = await publish(topic, 1, 999);
    const [next] = await take(consumer, 1);
    expect(next?.id.equals(sentinel as MessageId)).toBe(true);
  }

  const values = (messages: Message[]) => messages.map((m) => Number(m.value.toString()));

  it('an Exclusive consumer seeks back to a message id inside a batch and gets everything after it again, once', async () => {
    const topic = 'seek-by-id';
    const ids = await publish(topic, 30);
    const consumer = await env.client.subscribe({ topic, subscription: 's', initialPosition: 'Earliest' });
    expect(values(await take(consumer, 30))).toEqual(range(0, 30));
    const target = ids[13] as MessageId;
    expect(target.batchIndex).toBe(1);
    await consumer.seek(target);
    expect(values(await take(consumer, 17))).toEqual(range(13, 30));
    await expectNothingMoreThan(topic, consumer);
    await consumer.close();
  });

  it('seeks forward by offset past unconsumed messages, and backward again', async () => {
    const topic = 'seek-by-offset';
    await publish(topic, 30);
    const consumer = await env.client.subscribe({
      topic,
      subscription: 's',
      initialPosition: 'Earliest',
      receiverQueueSize: 5,
    });
    expect(values(await take(consumer, 4))).toEqual(range(0, 4));
    await consumer.seek({ offset: 25 });
    expect(values(await take(consumer, 5))).toEqual(range(25, 30));
    await consumer.seek({ offset: 2 });
    expect(values(await take(consumer, 28))).toEqual(range(2, 30));
    await expectNothingMoreThan(topic, consumer);
    await consumer.close();
  });

  it('seeks by publish time to the first message published at or after it', async () => {
    const topic = 'seek-by-time';
    await publish(topic, 12);
    const consumer = await env.client.subscribe({ topic, subscription: 's', initialPosition: 'Earliest' });
    await take(consumer, 12);
    // A second burst, published strictly later than the first.
    const firstBurstEnd = Date.now();
    while (Date.now() <= firstBurstEnd) await new Promise((resolve) => setImmediate(resolve));
    await publish(topic, 12, 12);
    const second = await take(consumer, 12);
    const time = (second[0] as Message).publishTime;
    expect(time).toBeGreaterThan(firstBurstEnd);

    await consumer.seek(new Date(time));
    expect(values(await take(consumer, 12))).toEqual(range(12, 24));
    await consumer.seek({ publishTime: 0 });
    expect(values(await take(consumer, 24))).toEqual(range(0, 24));
    await consumer.seek({ publishTime: Date.now() + 60_000 });
    await expectNothingMoreThan(topic, consumer);
    await consumer.close();
  });

  it('on a Shared subscription every consumer resubscribes, and each message after the target comes once in all', async () => {
    const topic = 'seek-shared';
    await publish(topic, 40);
    const options = {
      topic,
      subscription: 'workers',
      type: 'Shared' as const,
      initialPosition: 'Earliest' as const,
      receiverQueueSize: 4,
    };
    const a = await env.client.subscribe(options);
    const b = await env.client.subscribe(options);
    const seen: number[] = [];
    let stop = false;
    const work = async (consumer: Consumer) => {
      const iterator = consumer[Symbol.asyncIterator]();
      while (!stop) {
        const next = await iterator.next();
        if (next.done) return;
        seen.push(next.value.offset);
        await consumer.ack(next.value);
      }
    };
    const working = [work(a), work(b)];
    const backlog = async () =>
      (await env.client.admin.subscriptions.list(topic)).find((s) => s.name === 'workers')?.backlog ?? -1;
    const settled = async (count: number) => {
      while (seen.length < count || (await backlog()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    // Both work through all 40; once everything is acknowledged, a seeks everyone back to offset 10.
    await settled(40);
    // Counted before the seek: b may receive redelivered messages before a's seek call returns.
    const before = seen.length;
    await a.seek({ offset: 10 });
    await settled(before + 30);
    stop = true;
    const afterSeek = seen.slice(before);
    expect([...afterSeek].sort((x, y) => x - y)).toEqual(range(10, 40));
    await Promise.all([a.close(), b.close()]);
    await Promise.all(working);
  });

  it('Latest and Earliest initial positions of a new subscription, then seeks to Earliest and Latest', async () => {
    const topic = 'seek-initial';
    await publish(topic, 6);
    const latest = await env.client.subscribe({ topic, subscription: 'from-latest', initialPosition: 'Latest' });
    const earliest = await env.client.subscribe({ topic, subscription: 'from-earliest', initialPosition: 'Earliest' });
    await publish(topic, 3, 6);
    expect(values(await take(latest, 3))).toEqual([6, 7, 8]);
    expect(values(await take(earliest, 9))).toEqual(range(0, 9));
    await latest.seek('Earliest');
    expect(values(await take(latest, 9))).toEqual(range(0, 9));
    await earliest.seek('Latest');
    await expectNothingMoreThan(topic, earliest);
    await Promise.all([latest.close(), earliest.close()]);
  });

  it('a consumer away while its subscription is reset to Earliest gets every message again when it comes back', async () => {
    const topic = 'seek-while-away';
    await publish(topic, 10);
    const consumer = await env.client.subscribe({ topic, subscription: 's', initialPosition: 'Earliest' });
    expect(values(await take(consumer, 10))).toEqual(range(0, 10));
    const backlog = async () => (await env.client.admin.subscriptions.list(topic)).find((s) => s.name === 's')?.backlog;
    await eventually(async () => (await backlog()) === 0);
    const events = consumer.events();
    const until = async (type: ClientEvent['type']) => {
      for (let event = await events.next(); !event.done; event = await events.next()) {
        if (event.value.type === type) return;
      }
      throw new Error(`the consumer's events ended before ${type}`);
    };

    // The broker goes away; the consumer retries its address while a stand-in broker on another port
    // owns the topic and resets the subscription. So the reset ends no stream of this consumer.
    await env.broker.broker.close();
    await until('disconnected');
    const standIn = new Broker({
      config: parseBrokerConfig({ host: '127.0.0.1', port: 0, httpPort: 0, cursorPersistIntervalMs: 50 }),
      metadata: env.broker.metadata,
      ledgers: env.broker.ledgers,
      registry: new Registry(),
    });
    await standIn.start();
    const admin = new BrookClient({ serviceUrl: standIn.url });
    await admin.admin.subscriptions.reset(topic, 's', 'Earliest');
    await admin.close();
    await standIn.close();

    await env.broker.restartBroker();
    await until('reconnected');
    await events.return?.();
    // The acknowledgements it remembers are of before the reset: the replay is handed out, then what
    // follows (were the replay skipped as acknowledged, 10 would come first).
    await publish(topic, 1, 10);
    expect(values(await take(consumer, 1))).toEqual([0]);
    expect(values(await take(consumer, 10))).toEqual(range(1, 11));
    // The generation outlives the acks that follow: each persist of the cursor carries it.
    const stored = async () => {
      const kv = await env.broker.metadata.get(`/brook/cursors/public/default/${topic}/s`);
      return kv && JSON.parse(Buffer.from(kv.value).toString());
    };
    await eventually(async () => (await stored())?.markDelete.offset === 11);
    expect((await stored()).resetGeneration).toBe(1);
    await consumer.close();
  });

  it('refuses bad targets without touching the subscription', async () => {
    const topic = 'seek-bad';
    await publish(topic, 3);
    const consumer = await env.client.subscribe({ topic, subscription: 's', initialPosition: 'Earliest' });
    await expect(consumer.seek({ offset: -1 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(consumer.seek({ publishTime: 1.5 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(consumer.seek(42 as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(values(await take(consumer, 3))).toEqual([0, 1, 2]);
    await consumer.close();
  });
});
