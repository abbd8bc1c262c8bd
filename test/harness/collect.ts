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

/** Polls `probe` until it returns true; for states only visible through an API, not an event. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
