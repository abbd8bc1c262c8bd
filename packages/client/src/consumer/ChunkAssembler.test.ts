import { pb } from '@brook/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../Message.js';
import { ChunkedMessageId, MessageId } from '../MessageId.js';
import { splitIntoChunks } from '../producer/Chunker.js';
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

function assembler(config: Partial<ChunkingConfig> = {}) {
  const acked: MessageId[] = [];
  const a = new ChunkAssembler({ ...CHUNKING_DEFAULTS, ...config }, (ids) => acked.push(...ids));
  return { a, acked };
}

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

  it('drops a partial message after expireIncompleteChunkedMessageMs and acknowledges its chunks', () => {
    vi.useFakeTimers();
    const { a, acked } = assembler({ expireIncompleteChunkedMessageMs: 1000 });
    const chunks = chunksOf(Buffer.alloc(500));
    a.accept(...(chunks[0] as [Message, pb.SingleMessage]));
    a.accept(...(chunks[1] as [Message, pb.SingleMessage]));
    vi.advanceTimersByTime(999);
    expect(acked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(acked.map((id) => id.offset)).toEqual([chunks[0]?.[0].offset, chunks[1]?.[0].offset]);
    expect(a.size).toBe(0);
    // The rest of it can never complete: held as broken, acknowledged when that expires too.
    expect(a.accept(...(chunks[2] as [Message, pb.SingleMessage]))).toBeUndefined();
    vi.advanceTimersByTime(1000);
    expect(acked).toHaveLength(3);
  });

  it('holds at most maxPendingChunkedMessages partial messages, dropping the oldest', () => {
    const run = (autoAck: boolean) => {
      const { a, acked } = assembler({ maxPendingChunkedMessages: 2, autoAckOldestChunkedMessageOnQueueFull: autoAck });
      const messages = [chunksOf(Buffer.alloc(500, 1)), chunksOf(Buffer.alloc(500, 2)), chunksOf(Buffer.alloc(500, 3))];
      for (const m of messages) a.accept(...(m[0] as [Message, pb.SingleMessage]));
      expect(a.size).toBe(2);
      expect(acked).toEqual(autoAck ? [messages[0]?.[0]?.[0].id] : []);
      const last = messages[2]?.slice(1).map((c) => a.accept(...c));
      expect(last?.at(-1)?.value[0]).toBe(3);
      // The oldest is gone: the rest of its chunks cannot complete it.
      for (const c of messages[0]?.slice(1) ?? []) expect(a.accept(...c)).toBeUndefined();
    };
    run(false);
    run(true);
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
