import type { pb } from '@brook/protocol';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';
import type { BatchMessage } from '../wire/messageBatch.js';
import type { ChunkFields } from './chunking/ChunkAssembler.js';

/** A chunk of a chunked message: the consumer holds it until its message is whole. */
export class ChunkPart {
  constructor(
    readonly message: Message,
    readonly fields: ChunkFields,
  ) {}
}

/** Message `index` of a delivered entry: the Message, or for a chunk its ChunkPart. */
export function toDelivered(
  topic: string,
  partition: number,
  entry: pb.DeliveredEntry,
  fields: BatchMessage,
  index: number,
): Message | ChunkPart {
  const message = toMessage(topic, partition, entry, fields, index);
  if (fields.uuid === undefined) return message;
  const { uuid, chunkId, numChunks, totalSize } = fields;
  return new ChunkPart(message, { uuid, chunkId, numChunks, totalSize });
}

/** Shared by every message published without properties; frozen, as Message.properties is read-only. */
const NO_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * A received message. A class with every field assigned in one order, optional ones too, so all
 * messages share one shape: the receive path stays monomorphic (a consumer at a million messages a
 * second spent most of its time in megamorphic property lookups when shapes varied by message).
 */
export class ReceivedMessage implements Message {
  constructor(
    readonly topic: string,
    readonly key: string | undefined,
    readonly value: Buffer,
    readonly properties: Readonly<Record<string, string>>,
    readonly eventTime: number | undefined,
    readonly publishTime: number,
    readonly producerName: string,
    readonly sequenceId: number,
    readonly offset: number,
    readonly redeliveryCount: number,
    readonly id: MessageId,
  ) {}
}

/** `message` with another value and id: a chunked message made whole. */
export function withValue(m: Message, value: Buffer, id: MessageId): ReceivedMessage {
  return new ReceivedMessage(
    m.topic,
    m.key,
    value,
    m.properties,
    m.eventTime,
    m.publishTime,
    m.producerName,
    m.sequenceId,
    m.offset,
    m.redeliveryCount,
    id,
  );
}

/** Message `index` of a delivered entry, as the application sees it. */
export function toMessage(
  topic: string,
  partition: number,
  entry: pb.DeliveredEntry,
  single: BatchMessage,
  index: number,
): ReceivedMessage {
  const offset = entry.baseOffset + index;
  return new ReceivedMessage(
    topic,
    single.key,
    single.value,
    single.properties ?? NO_PROPERTIES,
    single.eventTime || undefined,
    entry.publishTime,
    entry.producerName,
    entry.sequenceId + index,
    offset,
    entry.redeliveryCount,
    new MessageId(partition, entry.ledgerId, entry.entryId, index, offset),
  );
}
