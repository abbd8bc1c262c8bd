import type { Consumer, Message } from '@brook/client';

/** Receives `count` messages, acking each unless told not to. */
export async function receive(consumer: Consumer, count: number, options: { ack?: boolean } = {}): Promise<Message[]> {
  const received: Message[] = [];
  if (count === 0) return received;
  for await (const msg of consumer) {
    received.push(msg);
    if (options.ack !== false) await consumer.ack(msg);
    if (received.length === count) break;
  }
  return received;
}

/** The consumer's next message, the consumer left open (leaving a for-await loop would close it). */
export async function next(consumer: Consumer): Promise<Message> {
  const result = await consumer[Symbol.asyncIterator]().next();
  if (result.done) throw new Error('the consumer ended');
  return result.value;
}

/** The next `count` messages, acking each unless told not to; the consumer is left open. */
export async function take(consumer: Consumer, count: number, options: { ack?: boolean } = {}): Promise<Message[]> {
  const messages: Message[] = [];
  while (messages.length < count) {
    const message = await next(consumer);
    messages.push(message);
    if (options.ack !== false) await consumer.ack(message);
  }
  return messages;
}

/** Polls `probe` until it returns true; for states only visible through an API, not an event. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
