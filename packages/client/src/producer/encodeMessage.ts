import { BrookError, ErrorCode } from '@brook/protocol';
import type { ProducerMessage } from '../Message.js';
import { encodeSingleMessage, valueOnlySize } from '../wire/batchPayload.js';
import { deliverAtOf } from './deliverAt.js';

/**
 * A validated application message, ready for a batch: a value-only message keeps its value (the
 * batch writer frames and copies it), any other message is encoded as a pb.SingleMessage.
 */
export interface PreparedMessage {
  readonly bytes: Uint8Array;
  readonly valueOnly: boolean;
  /** Size of its pb.SingleMessage encoding. */
  readonly size: number;
  /** A chunk of a larger message (see Chunker): it travels as a batch of its own. */
  readonly chunk?: boolean;
  /** Delayed delivery time (ms since the epoch): the message travels as a batch of its own. */
  readonly deliverAt?: number;
  /** The message's key: a batch whose messages all share one carries it (Key_Shared dispatch hashes it). */
  readonly key?: string;
}

/** Validates and prepares a message; bad input is INVALID_ARGUMENT. */
export function prepareMessage(message: ProducerMessage): PreparedMessage {
  const prepared = prepareBody(message);
  const deliverAt = deliverAtOf(message);
  return deliverAt === undefined ? prepared : { ...prepared, deliverAt };
}

function prepareBody(message: ProducerMessage): PreparedMessage {
  if (typeof message !== 'object' || message === null) throw invalid('a message is an object with a value');
  const { key, properties, eventTime } = message;
  const value = toBytes(message.value);
  if (key === undefined && properties === undefined && (eventTime === undefined || eventTime === 0)) {
    return { bytes: value, valueOnly: true, size: valueOnlySize(value.length) };
  }
  if (key !== undefined && typeof key !== 'string') throw invalid('key must be a string');
  if (properties !== undefined) checkProperties(properties);
  if (eventTime !== undefined && (!Number.isSafeInteger(eventTime) || eventTime < 0)) {
    throw invalid('eventTime must be a non-negative integer (milliseconds since the epoch)');
  }
  const single = encoded(encodeSingleMessage(value, key, properties, eventTime ?? 0));
  return key === undefined ? single : { ...single, key };
}

/** The message with its own copy of a value-only message's bytes, for sends that wait before joining a batch. */
export function detach(message: PreparedMessage): PreparedMessage {
  return message.valueOnly ? { ...message, bytes: Buffer.from(message.bytes) } : message;
}

function encoded(bytes: Uint8Array): PreparedMessage {
  return { bytes, valueOnly: false, size: bytes.length };
}

function toBytes(value: unknown): Uint8Array {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return value;
  throw invalid('value must be a Buffer, Uint8Array or string');
}

function checkProperties(properties: unknown): void {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw invalid('properties must be an object of strings');
  }
  for (const k in properties) {
    if (typeof (properties as Record<string, unknown>)[k] !== 'string') throw invalid(`property ${k} must be a string`);
  }
}

function invalid(why: string): BrookError {
  return new BrookError(ErrorCode.InvalidArgument, `invalid message: ${why}`);
}
