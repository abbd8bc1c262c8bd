import type { BrookClient, MessageId } from '@brook/client';

/** from, from + 1, …, to - 1. */
export const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Publishes `count` messages whose values are the numbers from `from` on, 3 per batch (so positions
 * fall inside batches); returns their ids.
 */
export async function publishNumbers(
  client: BrookClient,
  topic: string,
  count: number,
  from = 0,
): Promise<MessageId[]> {
  const producer = await client.createProducer({ topic, batching: { maxMessages: 3, maxDelayMs: 5 } });
  const ids = await Promise.all(range(from, from + count).map((i) => producer.send({ value: String(i) })));
  await producer.close();
  return ids;
}
