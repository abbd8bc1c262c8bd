import { randomBytes } from 'node:crypto';
import { ChunkedMessageId, type CompressionType, type Consumer, ErrorCode, type Message } from '@brook/client';
import { pb } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { eventually, next, receive } from './harness/collect.js';
import { RawBroker } from './harness/rawGrpc.js';
import { useStandalone } from './harness/useStandalone.js';

const MiB = 1024 * 1024;
const CODECS: CompressionType[] = ['none', 'lz4', 'zstd', 'snappy', 'zlib'];

/** A 1 KiB JSON document, different for each i, as applications send them. */
function jsonMessage(i: number): string {
  const doc = { id: i, user: `user-${i % 113}`, event: i % 3 ? 'page_view' : 'purchase', tags: [] as string[] };
  let text = JSON.stringify(doc);
  for (let t = 0; text.length < 1024; t++) {
    doc.tags.push(`tag-${(i * 7 + t) % 50}:value-${t}`);
    text = JSON.stringify(doc);
  }
  return text.slice(0, 1024);
}

describe('payloads: compression and chunking, through a real standalone process', () => {
  const env = useStandalone();

  const subscribe = (topic: string, options: Record<string, unknown> = {}): Promise<Consumer> =>
    env.client.subscribe({ topic, subscription: 'reader', initialPosition: 'Earliest', ...options });

  it('each codec round-trips 2,000 JSON messages, and every codec stores them in less than half the space', async () => {
    const count = 2000;
    const sizes: Record<string, number> = {};
    for (const compression of CODECS) {
      const topic = `codec-${compression}`;
      const producer = await env.client.createProducer({ topic, compression });
      await Promise.all(
        Array.from({ length: count }, (_, i) => producer.send({ value: jsonMessage(i), key: `k${i}` })),
      );
      await producer.close();
      sizes[compression] = (await env.client.admin.topics.stats(topic)).storageSize;

      const consumer = await subscribe(topic);
      const received = await receive(consumer, count);
      await consumer.close();
      expect(received.map((m) => m.value.toString())).toEqual(Array.from({ length: count }, (_, i) => jsonMessage(i)));
      expect(received.map((m) => m.key)).toEqual(Array.from({ length: count }, (_, i) => `k${i}`));
    }
    const none = sizes.none as number;
    expect(none).toBeGreaterThan(count * 1024);
    for (const codec of CODECS.slice(1)) expect(sizes[codec]).toBeLessThan(none / 2);
  });

  it('one consumer reads a topic where producers of every codec interleave their batches, each in order', async () => {
    const topic = 'mixed-codecs';
    const producers = await Promise.all(
      CODECS.map((compression) => env.client.createProducer({ topic, compression, name: `p-${compression}` })),
    );
    const sends: Promise<unknown>[] = [];
    for (let round = 0; round < 20; round++) {
      for (const [p, producer] of producers.entries()) {
        for (let i = 0; i < 10; i++)
          sends.push(producer.send({ value: `${CODECS[p]}:${round * 10 + i}:${'x'.repeat(200)}` }));
        await producer.flush();
      }
    }
    await Promise.all(sends);
    await Promise.all(producers.map((p) => p.close()));

    const consumer = await subscribe(topic);
    const received = await receive(consumer, CODECS.length * 200);
    await consumer.close();
    for (const codec of CODECS) {
      const mine = received.filter((m) => m.producerName === `p-${codec}`).map((m) => m.value.toString().split(':'));
      expect(mine.map(([name]) => name)).toEqual(Array(200).fill(codec));
      expect(mine.map(([, i]) => Number(i))).toEqual(Array.from({ length: 200 }, (_, i) => i));
    }
  });

  it('a corrupt compressed batch surfaces as one CHECKSUM_MISMATCH in its place; the messages around it still arrive', async () => {
    const topic = 'corrupt-zlib';
    const producer = await env.client.createProducer({ topic, compression: 'zlib' });
    await producer.send({ value: 'before' });
    const raw = new RawBroker(env.url);
    const stream = await raw.openProducer(`public/default/${topic}`);
    const garbage = randomBytes(64);
    stream.write({
      batches: {
        batches: [
          {
            sequenceId: 0,
            messageCount: 1,
            codec: pb.Codec.CODEC_ZLIB,
            uncompressedSize: 100,
            payloadCrc32c: crc32c(garbage),
            payload: garbage,
          },
        ],
      },
    });
    expect((await stream.next()).receipts?.receipts?.[0]?.errorCode ?? '').toBe('');
    raw.close();
    await producer.send({ value: 'after' });

    const consumer = await subscribe(topic);
    const iterator = consumer[Symbol.asyncIterator]();
    expect((await iterator.next()).value?.value.toString()).toBe('before');
    await expect(iterator.next()).rejects.toMatchObject({ code: ErrorCode.ChecksumMismatch });
    const after = await receive(consumer, 1);
    expect(after[0]?.value.toString()).toBe('after');
    await consumer.close();
    await producer.close();
  });

  it('without chunking a message over 5 MiB is refused with MESSAGE_TOO_LARGE, however well it compresses, and nothing is stored', async () => {
    const topic = 'oversize-unchunked';
    const producer = await env.client.createProducer({ topic, compression: 'zstd' });
    await expect(producer.send({ value: Buffer.alloc(6 * MiB, 0x61) })).rejects.toMatchObject({
      code: ErrorCode.MessageTooLarge,
    });
    await producer.flush();
    const stats = await env.client.admin.topics.stats(topic);
    expect(stats.messageCount).toBe(0);
    expect(stats.storageSize).toBe(0);
    expect((await producer.send({ value: 'small' })).offset).toBe(0);
    await producer.close();
  });

  it('chunks a 12 MiB message under the 5 MiB limit, interleaved with small messages; it arrives whole and is acked once', async () => {
    const topic = 'chunked';
    const big = randomBytes(12 * MiB);
    const producer = await env.client.createProducer({ topic, chunking: true, name: 'big' });
    const other = await env.client.createProducer({ topic, name: 'small' });
    const first = producer.send({ value: 'before' });
    const bigSend = producer.send({ value: big, key: 'big-key', properties: { kind: 'blob' } });
    // Another producer's messages land between the chunks.
    const interleaved = await Promise.all(Array.from({ length: 20 }, (_, i) => other.send({ value: `other-${i}` })));
    const last = producer.send({ value: 'after' });
    const [, bigId] = await Promise.all([first, bigSend, last]);
    expect(bigId).toBeInstanceOf(ChunkedMessageId);
    const chunks = (bigId as ChunkedMessageId).chunks;
    expect(chunks).toHaveLength(3);
    expect(interleaved.length).toBe(20);
    const stats = await env.client.admin.topics.stats(topic);
    expect(stats.messageCount).toBe(2 + 3 + 20);

    const consumer = await subscribe(topic, { receiverQueueSize: 2 });
    const received = await receive(consumer, 23);
    const mine = received.filter((m) => m.producerName === 'big');
    expect(mine.map((m) => m.value.length)).toEqual([6, big.length, 5]);
    const whole = mine[1] as Message;
    expect(whole.value.equals(big)).toBe(true);
    expect(whole.key).toBe('big-key');
    expect(whole.properties).toEqual({ kind: 'blob' });
    expect(whole.id.toString()).toBe(bigId?.toString());
    expect(received.filter((m) => m.producerName === 'small').map((m) => m.value.toString())).toEqual(
      Array.from({ length: 20 }, (_, i) => `other-${i}`),
    );
    await consumer.close();
    await eventually(
      async () =>
        (await env.client.admin.topics.stats(topic)).subscriptions.find((s) => s.name === 'reader')?.backlog === 0,
    );

    // After a restart of the consumer nothing comes again: every chunk was acknowledged.
    await producer.send({ value: 'tail' });
    const again = await subscribe(topic);
    expect((await receive(again, 1))[0]?.value.toString()).toBe('tail');
    await again.close();
    await Promise.all([producer.close(), other.close()]);
  });

  it('compresses each chunk of a chunked message with the producer codec', async () => {
    const topic = 'chunked-zstd';
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 12 * MiB; i++) {
      parts.push(jsonMessage(i));
      n += 1024;
    }
    const big = Buffer.from(parts.join(''));
    const producer = await env.client.createProducer({ topic, chunking: true, compression: 'zstd' });
    const id = await producer.send({ value: big });
    expect(id.parts()).toHaveLength(3);
    await producer.close();
    expect((await env.client.admin.topics.stats(topic)).storageSize).toBeLessThan(big.length / 4);
    const consumer = await subscribe(topic);
    const [whole] = await receive(consumer, 1);
    expect(whole?.value.equals(big)).toBe(true);
    await consumer.close();
  });

  it('a negative ack of a chunked message redelivers all of its chunks, and it arrives whole again', async () => {
    const topic = 'chunked-nack';
    const big = randomBytes(6 * MiB);
    const producer = await env.client.createProducer({ topic, chunking: true });
    await producer.send({ value: big });
    await producer.close();
    const consumer = await subscribe(topic, { nackRedeliveryDelayMs: 100 });
    const iterator = consumer[Symbol.asyncIterator]();
    const first = (await iterator.next()).value as Message;
    expect(first.value.equals(big)).toBe(true);
    consumer.nack(first);
    const again = (await iterator.next()).value as Message;
    expect(again.value.equals(big)).toBe(true);
    expect(again.id.toString()).toBe(first.id.toString());
    expect(again.redeliveryCount).toBe(1);
    await consumer.ack(again);
    await consumer.close();
  });

  /** Publishes one chunk of a chunked message by hand: its other chunks come when the test says. */
  async function publishChunk(topic: string, chunk: pb.ISingleMessage, sequenceId: number): Promise<void> {
    const raw = new RawBroker(env.url);
    try {
      const stream = await raw.openProducer(`public/default/${topic}`);
      const payload = Buffer.from(pb.MessageBatch.encode({ messages: [chunk] }).finish());
      const batch = { sequenceId, messageCount: 1, uncompressedSize: payload.length, payload };
      stream.write({ batches: { batches: [{ ...batch, payloadCrc32c: crc32c(payload) }] } });
      expect((await stream.next()).receipts?.receipts?.[0]?.errorCode ?? '').toBe('');
    } finally {
      raw.close();
    }
  }

  const unacked = async (topic: string) =>
    (await env.client.admin.topics.stats(topic)).subscriptions.find((s) => s.name === 'reader')?.unackedCount ?? -1;
  const backlog = async (topic: string) =>
    (await env.client.admin.topics.stats(topic)).subscriptions.find((s) => s.name === 'reader')?.backlog ?? -1;

  it('gives a partial chunked message back after expireIncompleteChunkedMessageMs, then acknowledges it when it expires again', async () => {
    const topic = 'chunk-expiry';
    // The first of two chunks; the second never comes.
    await publishChunk(topic, { value: Buffer.from('half'), uuid: 'lost', chunkId: 0, numChunks: 2, totalSize: 8 }, 0);
    const producer = await env.client.createProducer({ topic });
    await producer.send({ value: 'whole' });

    const consumer = await subscribe(topic, { expireIncompleteChunkedMessageMs: 300 });
    // Not through for-await: leaving that loop would close the consumer, which must live on to expire the chunk.
    const whole = await next(consumer);
    expect(whole.value.toString()).toBe('whole');
    await consumer.ack(whole);
    await eventually(async () => (await backlog(topic)) === 0);
    await consumer.close();
    await producer.close();
  });

  it('Key_Shared: a chunked message half-held by a consumer whose key moved to a newcomer is given back and arrives whole there', async () => {
    const topic = 'chunked-key-shared';
    const options = { type: 'KeyShared', expireIncompleteChunkedMessageMs: 500 };
    const a = await subscribe(topic, { ...options, name: 'a' });
    // No key: it hashes the empty key, slot 0, in the lower half of the slots that a joining consumer takes.
    const chunk = { uuid: 'm', numChunks: 2, totalSize: 8 };
    await publishChunk(topic, { ...chunk, value: Buffer.from('head'), chunkId: 0 }, 0);
    await eventually(async () => (await unacked(topic)) === 1);
    // b takes the slot; the broker sends it nothing of the slot until a acknowledges or gives back chunk 0.
    const b = await subscribe(topic, { ...options, name: 'b' });
    await publishChunk(topic, { ...chunk, value: Buffer.from('tail'), chunkId: 1 }, 1);
    // When a's partial message expires it gives chunk 0 back (acknowledging it would lose the message):
    // b gets both chunks. Bounded, so a lost message fails here rather than at the test timeout.
    const whole = await Promise.race([
      next(b),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the chunked message never arrived whole')), 10_000).unref(),
      ),
    ]);
    expect(whole.value.toString()).toBe('headtail');
    expect(whole.id.parts().map((id) => id.offset)).toEqual([0, 1]);
    await b.ack(whole);
    await eventually(async () => (await backlog(topic)) === 0);
    await Promise.all([a.close(), b.close()]);
  });
});
