import { randomBytes } from 'node:crypto';
import { BrookError, type CompressionType, ErrorCode, type SubscriptionType } from '@brook/client';

export type Workload = 'produce' | 'consume' | 'e2e';

export interface BatchingSettings {
  readonly maxMessages: number;
  readonly maxBytes: number;
  readonly maxDelayMs: number;
}

/** The flags of `brook bench <workload>` as commander hands them over (values already parsed). */
export interface BenchFlags {
  serviceUrl?: string;
  topic?: string;
  topics: number;
  partitions: number;
  producers: number;
  consumers: number;
  subscription?: string;
  subscriptionType?: SubscriptionType;
  rate: number;
  size: number;
  batchMaxMessages: number;
  batchMaxBytes: number;
  batchDelayMs: number;
  /** false with --no-batching. */
  batching: boolean;
  compression: CompressionType;
  duration?: number;
  messages?: number;
  warmup: number;
  maxPending: number;
  receiverQueueSize: number;
  /** consume only. */
  backlog?: number;
  json: boolean;
}

/** One benchmark run, validated. */
export interface BenchOptions {
  readonly workload: Workload;
  readonly serviceUrl: string | undefined;
  /** Topic name, or the base of `<topic>-<i>` names when `topics` > 1. */
  readonly topic: string;
  readonly topics: number;
  /** 1: a non-partitioned topic; more: a partitioned topic with this many partitions. */
  readonly partitions: number;
  /** Per topic. */
  readonly producers: number;
  /** Per topic, all on one subscription. */
  readonly consumers: number;
  readonly subscription: string;
  readonly subscriptionType: SubscriptionType;
  /** Messages per second over all producers; 0 = as fast as possible. */
  readonly rate: number;
  readonly size: number;
  readonly batching: BatchingSettings | null;
  readonly compression: CompressionType;
  /** Length of the measured window, after the warm-up; undefined: until the message limit or Ctrl-C. */
  readonly durationSeconds: number | undefined;
  /** Messages to send (produce, e2e) or receive (consume) in all, warm-up included. */
  readonly messages: number | undefined;
  readonly warmupSeconds: number;
  /** Sends in flight per producer, at most (also the producer's maxPendingMessages). */
  readonly maxPending: number;
  readonly receiverQueueSize: number;
  /** consume: messages produced before the consumers start, then read as a catch-up. */
  readonly backlog: number;
  readonly json: boolean;
}

/** Seconds run when neither --duration nor --messages (nor a backlog to read) bounds the run. */
export const DEFAULT_DURATION_SECONDS = 10;
/** e2e messages carry their intended send time in their first 8 bytes. */
export const STAMP_BYTES = 8;

/** Applies defaults and cross-flag rules; bad combinations are INVALID_ARGUMENT. */
export function parseBenchOptions(
  workload: Workload,
  flags: BenchFlags,
  randomId: () => string = () => randomBytes(4).toString('hex'),
): BenchOptions {
  if (workload === 'e2e' && flags.size < STAMP_BYTES) {
    throw invalid(`e2e messages carry their send time: --size must be at least ${STAMP_BYTES} bytes`);
  }
  const backlog = flags.backlog ?? 0;
  if (backlog > 0 && workload !== 'consume') throw invalid('--backlog is for bench consume');
  const subscriptionType = flags.subscriptionType ?? (flags.consumers > 1 ? 'Shared' : 'Exclusive');
  if (subscriptionType === 'Exclusive' && flags.consumers > 1) {
    throw invalid(
      'an Exclusive subscription takes one consumer: use --subscription-type Shared, Failover or KeyShared',
    );
  }
  const durationSeconds = durationOf(workload, flags);
  return {
    workload,
    serviceUrl: flags.serviceUrl,
    topic: flags.topic ?? `bench-${randomId()}`,
    topics: flags.topics,
    partitions: flags.partitions,
    producers: flags.producers,
    consumers: flags.consumers,
    subscription: flags.subscription ?? `bench-${randomId()}`,
    subscriptionType,
    rate: flags.rate,
    size: flags.size,
    batching: flags.batching
      ? { maxMessages: flags.batchMaxMessages, maxBytes: flags.batchMaxBytes, maxDelayMs: flags.batchDelayMs }
      : null,
    compression: flags.compression,
    durationSeconds,
    messages: flags.messages ?? (backlog > 0 ? backlog : undefined),
    warmupSeconds: flags.warmup,
    maxPending: flags.maxPending,
    receiverQueueSize: flags.receiverQueueSize,
    backlog,
    json: flags.json,
  };
}

/** --duration 0 means no time limit; without --duration, a bounded run has none either. */
function durationOf(workload: Workload, flags: BenchFlags): number | undefined {
  if (flags.duration !== undefined) return flags.duration === 0 ? undefined : flags.duration;
  const bounded = flags.messages !== undefined || (workload === 'consume' && (flags.backlog ?? 0) > 0);
  return bounded ? undefined : DEFAULT_DURATION_SECONDS;
}

function invalid(message: string): BrookError {
  return new BrookError(ErrorCode.InvalidArgument, message);
}
