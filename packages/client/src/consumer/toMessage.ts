import type { pb } from '@brook/protocol';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Message `index` of a delivered entry, as the application sees it. */
export function toMessage(
  topic: string,
  partition: number,
  entry: pb.DeliveredEntry,
  single: pb.SingleMessage,
  index: number,
): Message {
  const offset = entry.baseOffset + index;
  const value = single.value;
  const message: Mutable<Message> = {
    topic,
    value: Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
    properties: Object.hasOwn(single, 'properties') ? single.properties : {},
    publishTime: entry.publishTime,
    producerName: entry.producerName,
    sequenceId: entry.sequenceId + index,
    offset,
    redeliveryCount: entry.redeliveryCount,
    id: new MessageId(partition, entry.ledgerId, entry.entryId, index, offset),
  };
  if (single.key != null) message.key = single.key;
  if (single.eventTime) message.eventTime = single.eventTime;
  return message;
}
