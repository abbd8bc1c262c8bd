import type { pb } from '@brook/protocol';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';
import type { BatchMessage } from '../wire/messageBatch.js';
import type { ChunkFields } from './chunking/ChunkAssembler.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/** Message `index` of a delivered entry, as the application sees it. */
export function toMessage(
  topic: string,
  partition: number,
  entry: pb.DeliveredEntry,
  single: BatchMessage,
  index: number,
): Message {
  const offset = entry.baseOffset + index;
  const message: Mutable<Message> = {
    topic,
    value: single.value,
    properties: single.properties ?? {},
    publishTime: entry.publishTime,
    producerName: entry.producerName,
    sequenceId: entry.sequenceId + index,
    offset,
    redeliveryCount: entry.redeliveryCount,
    id: new MessageId(partition, entry.ledgerId, entry.entryId, index, offset),
  };
  if (single.key !== undefined) message.key = single.key;
  if (single.eventTime) message.eventTime = single.eventTime;
  return message;
}
