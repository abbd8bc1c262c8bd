import { parseTopicName } from '@brook/protocol';
import { integer, invalidConfig, objectInput, optionalString } from '../../util/validate.js';

export interface DeadLetterOptions {
  /** A message arriving with a redelivery count at or above this goes to the dead-letter topic. */
  maxRedeliverCount: number;
  /** Default `<topic>-<subscription>-DLQ`. */
  topic?: string;
}

/** Consumer options for redelivery: negative acks, ack timeout, dead letters. */
export interface RedeliveryOptions {
  /** Messages not acknowledged this long after the application got them are redelivered; 0 (default) = never, else ≥ 1,000. */
  ackTimeoutMs?: number;
  /** How long after nack() a message is redelivered; default 60,000. */
  nackRedeliveryDelayMs?: number;
  deadLetter?: DeadLetterOptions;
}

export interface DeadLetterPolicy {
  readonly maxRedeliverCount: number;
  /** Full topic name; undefined: `<topic>-<subscription>-DLQ` of the consumer's topic. */
  readonly topic: string | undefined;
}

export interface RedeliveryConfig {
  readonly ackTimeoutMs: number;
  readonly nackRedeliveryDelayMs: number;
  readonly deadLetter: DeadLetterPolicy | undefined;
}

/** As Pulsar: ack timeout off, nacks redelivered after a minute, an ack timeout of at least a second. */
export const REDELIVERY_DEFAULTS = { ackTimeoutMs: 0, nackRedeliveryDelayMs: 60_000, minAckTimeoutMs: 1000 } as const;

export function parseRedeliveryConfig(o: Record<string, unknown>): RedeliveryConfig {
  const ackTimeoutMs = integer(o.ackTimeoutMs, 'ackTimeoutMs', REDELIVERY_DEFAULTS.ackTimeoutMs, 0);
  if (ackTimeoutMs > 0 && ackTimeoutMs < REDELIVERY_DEFAULTS.minAckTimeoutMs) {
    throw invalidConfig(
      'ackTimeoutMs',
      `0 (off) or at least ${REDELIVERY_DEFAULTS.minAckTimeoutMs}, got ${ackTimeoutMs}`,
    );
  }
  return {
    ackTimeoutMs,
    nackRedeliveryDelayMs: integer(
      o.nackRedeliveryDelayMs,
      'nackRedeliveryDelayMs',
      REDELIVERY_DEFAULTS.nackRedeliveryDelayMs,
      0,
    ),
    deadLetter: o.deadLetter === undefined ? undefined : parseDeadLetter(o.deadLetter),
  };
}

/**
 * The config with its dead-letter topic named after `topic` when none was given; several topics or a
 * pattern without one leave each single-topic consumer to name it after its own topic.
 */
export function withDeadLetterTopic<T extends { readonly subscription: string; readonly redelivery: RedeliveryConfig }>(
  config: T,
  topic: { readonly full: string } | undefined,
): T {
  const deadLetter = config.redelivery.deadLetter;
  if (!deadLetter || deadLetter.topic !== undefined || !topic) return config;
  const named = { ...deadLetter, topic: defaultDeadLetterTopic(topic.full, config.subscription) };
  return { ...config, redelivery: { ...config.redelivery, deadLetter: named } };
}

/** Pulsar's default dead-letter topic name. */
export function defaultDeadLetterTopic(topic: string, subscription: string): string {
  return `${topic}-${subscription}-DLQ`;
}

function parseDeadLetter(input: unknown): DeadLetterPolicy {
  const o = objectInput(input, 'deadLetter');
  if (o.maxRedeliverCount === undefined) throw invalidConfig('deadLetter.maxRedeliverCount', 'required');
  const maxRedeliverCount = integer(o.maxRedeliverCount, 'deadLetter.maxRedeliverCount', 0, 1);
  const topic = optionalString(o.topic, 'deadLetter.topic');
  return { maxRedeliverCount, topic: topic === undefined ? undefined : parseTopicName(topic).full };
}
