import { parseTopicName, type pb, type TopicName } from '@brook/protocol';
import { COMPRESSION_TYPES, type CompressionType } from '../wire/codecs.js';
import type { PartitioningOptions } from './PartitioningConfig.js';
import { integer, invalidConfig, objectInput, oneOf, optionalString, topicString } from '../util/validate.js';

export interface BatchingOptions {
  /** A batch is sent once it holds this many messages. */
  maxMessages?: number;
  /** ...or this many payload bytes (never more than the broker's max message size). */
  maxBytes?: number;
  /** ...or once its first message waited this long. */
  maxDelayMs?: number;
  /**
   * Key-based batching: a batch is also cut whenever the key changes, so every batch has one key
   * and Key_Shared subscriptions can route it by that key. Default false.
   */
  byKey?: boolean;
}

export interface ProducerOptions extends PartitioningOptions {
  topic: string;
  /** Empty or absent: the broker assigns a unique name. */
  name?: string;
  /** false: every message is its own batch (still several batches per stream message). */
  batching?: BatchingOptions | false;
  /** Sends not yet acknowledged, at most; send() waits while the producer is full. */
  maxPendingMessages?: number;
  /** A send not acknowledged within this time rejects with TIMEOUT; 0 disables. */
  sendTimeoutMs?: number;
  /** Codec for every batch payload; default none. Consumers decompress whatever codec a batch has. */
  compression?: CompressionType;
  /**
   * Messages larger than the broker's max message size travel as chunks (each its own batch) and are
   * reassembled by the consumer; smaller ones are batched as usual. Default false: they are refused.
   */
  chunking?: boolean;
}

export interface ProducerConfig {
  readonly topic: TopicName;
  readonly name: string;
  readonly batching: {
    readonly maxMessages: number;
    readonly maxBytes: number;
    readonly maxDelayMs: number;
    readonly byKey: boolean;
  };
  readonly maxPendingMessages: number;
  readonly sendTimeoutMs: number;
  readonly compression: pb.Codec;
  readonly chunking: boolean;
}

export const PRODUCER_DEFAULTS = {
  batching: { maxMessages: 1000, maxBytes: 128 * 1024, maxDelayMs: 1, byKey: false },
  unbatched: { maxMessages: 1, maxBytes: Number.MAX_SAFE_INTEGER, maxDelayMs: 0, byKey: false },
  maxPendingMessages: 10_000,
  sendTimeoutMs: 30_000,
} as const;

export function parseProducerConfig(input: unknown): ProducerConfig {
  const o = objectInput(input, 'producer options');
  return {
    topic: parseTopicName(topicString(o.topic, 'topic')),
    name: optionalString(o.name, 'name') ?? '',
    batching: parseBatching(o.batching),
    maxPendingMessages: integer(o.maxPendingMessages, 'maxPendingMessages', PRODUCER_DEFAULTS.maxPendingMessages, 1),
    sendTimeoutMs: integer(o.sendTimeoutMs, 'sendTimeoutMs', PRODUCER_DEFAULTS.sendTimeoutMs, 0),
    compression: parseCompression(o.compression),
    chunking: parseChunking(o.chunking),
  };
}

function parseBatching(input: unknown): ProducerConfig['batching'] {
  if (input === false) return PRODUCER_DEFAULTS.unbatched;
  if (input === undefined || input === true) return PRODUCER_DEFAULTS.batching;
  if (typeof input !== 'object' || input === null) throw invalidConfig('batching', 'expected an object or false');
  const o = input as Record<string, unknown>;
  const d = PRODUCER_DEFAULTS.batching;
  return {
    maxMessages: integer(o.maxMessages, 'batching.maxMessages', d.maxMessages, 1),
    maxBytes: integer(o.maxBytes, 'batching.maxBytes', d.maxBytes, 1),
    maxDelayMs: integer(o.maxDelayMs, 'batching.maxDelayMs', d.maxDelayMs, 0),
    byKey: parseByKey(o.byKey),
  };
}

function parseByKey(input: unknown): boolean {
  if (input === undefined) return false;
  if (typeof input !== 'boolean') throw invalidConfig('batching.byKey', 'expected true or false');
  return input;
}

function parseCompression(input: unknown): pb.Codec {
  const name = oneOf(input, 'compression', Object.keys(COMPRESSION_TYPES) as CompressionType[], 'none');
  return COMPRESSION_TYPES[name];
}

function parseChunking(input: unknown): boolean {
  if (input === undefined) return false;
  if (typeof input !== 'boolean') throw invalidConfig('chunking', 'expected true or false');
  return input;
}
