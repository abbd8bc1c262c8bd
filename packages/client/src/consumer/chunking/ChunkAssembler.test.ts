import { pb } from '@brook/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../Message.js';
import { ChunkedMessageId, MessageId } from '../../MessageId.js';
import { splitIntoChunks } from '../../producer/Chunker.js';
import { ChunkAssembler } from './ChunkAssembler.js';
import { CHUNKING_DEFAULTS, type ChunkingConfig } from './ChunkingConfig.js';

type Chunk = [Message, pb.SingleMessage];

let nextOffset = 0;

/** The chunks of value as a consumer would receive them: one message per entry, consecutive offsets. */
function chunksOf(value: Buffer, maxMessageSize = 200, extra: { key?: string } = {}): [Message, pb.SingleMessage][] {
  return splitIntoChunks({ value, ...extra }, maxMessageSize).map((chunk) => {
    const single = pb.SingleMessage.decode(chunk.bytes);
    const offset = nextOffset++;
    const message: Message = {
      topic: 't',
      value: Buffer.from(single.value),
      properties: single.properties,
      publishTime: 1,
      producerName: 'p',
      sequenceId: offset,
      offset,
      redeliveryCount: 0,
      id: new MessageId(-1, 1, offset, 0, offset),
      ...(single.key != null ? { key: single.key } : {}),
    };
    return [message, single];
  });
}

/** The same chunk as the broker sends it again after a Redeliver request. */
function redelivered([message, single]: Chunk): Chunk {
  return [{ ...message, redeliveryCount: message.redeliveryCount + 1 }, single];
}

function assembler(config: Partial<ChunkingConfig> = {}) {
  const acked: MessageId[] = [];
  const givenBack: MessageId[] = [];
  const a = new ChunkAssembler(
    { ...CHUNKING_DEFAULTS, ...config },
    { ack: (ids) => acked.push(...ids), giveBack: (ids) => givenBack.push(...ids) },
  );
  return { a, acked, givenBack };
}

const offsets = (ids: readonly MessageId[] | readonly Chunk[]) =>
  ids.map((x) => (Array.isArray(x) ? (x as Chunk)[0].offset : (x as MessageId).offset));

afterEach(() => {
  vi.useRealTimers();
});

describe('ChunkAssembler', () => {
  it('hands out the whole message once its last chunk arrives, with an id naming every chunk', () => {
    const { a } = assembler();
    const value = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    const chunks = chunksOf(value, 200, { key: 'k' });
    expect(chunks.length).toBeGreaterThan(4);
    const out = chunks.map(([m, s]) => a.accept(m, s));
    expect(out.slice(0, -1)).toEqual(chunks.slice(0, -1).map(() => undefined));
    const whole = out.at(-1) as Message;
    expect(whole.value.equals(value)).toBe(true);
    expect(whole.key).toBe('k');
    expect(whole.id).toBeInstanceOf(ChunkedMessageId);
    expect((whole.id as ChunkedMessageId).chunks.map((id) => id.offset)).toEqual(chunks.map(([m]) => m.offset));
    expect(whole.offset).toBe(chunks.at(-1)?.[0].offset);
    expect(a.size).toBe(0);
  });

  it('passes messages that are not chunks through, and reassembles interleaved chunked messages', () => {
    const { a } = assembler();
    const x = chunksOf(Buffer.alloc(500, 1));
    const y = chunksOf(Buffer.alloc(500, 2));
    const plain: [Message, pb.SingleMessage] = [
      x[0]?.[0] as Message,
      pb.SingleMessage.create({ value: Buffer.from('p') }),
    ];
    const out: (Message | undefined)[] = [];
    for (let i = 0; i < x.length; i++) {
      out.push(a.accept(...(x[i] as [Message, pb.SingleMessage])));
      out.push(a.accept(...(y[i] as [Message, pb.SingleMessage])));
      if (i === 1) expect(a.accept(...plain)).toBe(plain[0]);
    }
    const whole = out.filter((m) => m !== undefined);
    expect(whole.map((m) => m.value[0])).toEqual([1, 2]);
  });

  it('ignores a chunk it holds already and starts a message over when its first chunk comes again', () => {
    const { a } = assembler();
    const value = Buffer.alloc(500, 9);
    const [c0, c1, ...rest] = chunksOf(value) as [Chunk, Chunk, ...Chunk[]];
    expect(a.accept(...c0)).toBeUndefined();
    expect(a.accept(...c1)).toBeUndefined();
    expect(a.accept(...c1)).toBeUndefined();
    expect(a.accept(...c0)).toBeUndefined();
    expect(a.accept(...c1)).toBeUndefined();
    const out = rest.map((c) => a.accept(...c));
    expect(out.at(-1)?.value.equals(value)).toBe(true);
    expect((out.at(-1) as Message).id.parts()).toHaveLength(rest.length + 2);
  });

  it('gives back an unfinished message after expireIncompleteChunkedMessageMs, and acknowledges it when it expires again', () => {
    vi.useFakeTimers();
    const { a, acked, givenBack } = assembler({ expireIncompleteChunkedMessageMs: 1000 });
    const chunks = chunksOf(Buffer.alloc(500)) as Chunk[];
    const held = chunks.slice(0, 2);
    for (const c of held) a.accept(...c);
    vi.advanceTimersByTime(999);
    expect(givenBack).toEqual([]);
    vi.advanceTimersByTime(1);
    // Held chunks keep a Key_Shared slot with this consumer: given back, they go to its owner.
    expect(offsets(givenBack)).toEqual(offsets(held));
    expect(acked).toEqual([]);
    expect(a.size).toBe(0);
    // They come again, counted as redelivered; if the rest never comes, the second expiry gives up on them.
    for (const c of held) a.accept(...redelivered(c));
    vi.advanceTimersByTime(1000);
    expect(offsets(acked)).toEqual(offsets(held));
    expect(givenBack).toHaveLength(2);
    expect(a.size).toBe(0);
  });

  it('a given-back message completes when its chunks come again, followed by the rest', () => {
    vi.useFakeTimers();
    const { a, acked, givenBack } = assembler({ expireIncompleteChunkedMessageMs: 1000 });
    const value = Buffer.from(Array.from({ length: 700 }, (_, i) => i % 253));
    const chunks = chunksOf(value) as Chunk[];
    for (const c of chunks.slice(0, 2)) a.accept(...c);
    vi.advanceTimersByTime(1000);
    expect(givenBack).toHaveLength(2);
    const out = [...chunks.slice(0, 2).map(redelivered), ...chunks.slice(2)].map((c) => a.accept(...c));
    expect(out.at(-1)?.value.equals(value)).toBe(true);
    expect(acked).toEqual([]);
  });

  it('acknowledges a message that can never complete when it expires', () => {
    vi.useFakeTimers();
    const { a, acked, givenBack } = assembler({ expireIncompleteChunkedMessageMs: 1000 });
    const gap = chunksOf(Buffer.alloc(500)) as Chunk[];
    const noFirst = chunksOf(Buffer.alloc(500)) as Chunk[];
    a.accept(...(gap[0] as Chunk));
    a.accept(...(gap[2] as Chunk));
    a.accept(...(noFirst[1] as Chunk));
    vi.advanceTimersByTime(1000);
    expect(offsets(acked)).toEqual(offsets([gap[0], gap[2], noFirst[1]] as Chunk[]));
    expect(givenBack).toEqual([]);
  });

  it('holds at most maxPendingChunkedMessages partial messages, giving back the oldest', () => {
    const run = (autoAck: boolean) => {
      const { a, acked, givenBack } = assembler({
        maxPendingChunkedMessages: 2,
        autoAckOldestChunkedMessageOnQueueFull: autoAck,
      });
      const messages = [1, 2, 3, 4].map((fill) => chunksOf(Buffer.alloc(500, fill)) as Chunk[]);
      const [m0, m1, m2, m3] = messages as [Chunk[], Chunk[], Chunk[], Chunk[]];
      for (const m of [m0, m1, m2]) a.accept(...(m[0] as Chunk));
      expect(a.size).toBe(2);
      // It could still complete: given back, with or without autoAck.
      expect(offsets(givenBack)).toEqual(offsets([m0[0] as Chunk]));
      expect(acked).toEqual([]);
      const last = m2.slice(1).map((c) => a.accept(...c));
      expect(last.at(-1)?.value[0]).toBe(3);
      // The oldest is gone: the rest of its chunks cannot complete it.
      for (const c of m0.slice(1)) expect(a.accept(...c)).toBeUndefined();
      // m1 and the broken rest of m0 are held; m3 evicts m1 (given back), then the broken m0 goes:
      // acknowledged with autoAck, else given back too.
      a.accept(...(m3[0] as Chunk));
      a.accept(...redelivered(m1[0] as Chunk));
      expect(offsets(givenBack).slice(1, 2)).toEqual(offsets([m1[0] as Chunk]));
      if (autoAck) expect(offsets(acked)).toEqual(offsets(m0.slice(1)));
      else expect(offsets(givenBack).slice(2)).toEqual(offsets(m0.slice(1)));
      // A redelivered message evicted again: acknowledged with autoAck, else given back once more.
      a.accept(...(m2[0] as Chunk));
      a.accept(...(chunksOf(Buffer.alloc(500, 5))[0] as Chunk));
      const m1Again = offsets([m1[0] as Chunk]);
      if (autoAck) expect(offsets(acked).slice(-1)).toEqual(m1Again);
      else expect(offsets(givenBack).slice(-1)).toEqual(m1Again);
    };
    run(false);
    run(true);
  });

  it("gives back a later chunk that overtook its message's redelivered first chunks, so the message can complete", () => {
    const { a, acked, givenBack } = assembler();
    const value = Buffer.alloc(500, 7);
    const chunks = chunksOf(value) as Chunk[];
    // Chunk 2 arrives first (0 and 1 were given back meanwhile), then 0 and 1 again.
    expect(a.accept(...(chunks[2] as Chunk))).toBeUndefined();
    expect(a.accept(...redelivered(chunks[0] as Chunk))).toBeUndefined();
    expect(offsets(givenBack)).toEqual(offsets([chunks[2] as Chunk]));
    a.accept(...redelivered(chunks[1] as Chunk));
    const out = chunks.slice(2).map((c) => a.accept(...redelivered(c)));
    expect(out.at(-1)?.value.equals(value)).toBe(true);
    expect(acked).toEqual([]);
  });

  it('never completes a message missing a chunk', () => {
    const { a } = assembler();
    const chunks = chunksOf(Buffer.alloc(500));
    const out = chunks.filter((_, i) => i !== 1).map((c) => a.accept(...c));
    expect(out.every((m) => m === undefined)).toBe(true);
    expect(a.size).toBe(1);
    a.reset();
    expect(a.size).toBe(0);
  });
});
