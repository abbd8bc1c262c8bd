import { BrookError, type ErrorCode } from '@brook/protocol';
import { expect } from 'vitest';
import type { MetadataStore, WatchEvent } from '../../MetadataStore.js';

export function bytes(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

/** Expects `action` to fail, synchronously or not, with a BrookError of `code`. */
export async function expectBrookError(action: () => unknown, code: ErrorCode): Promise<void> {
  const outcome = await Promise.resolve()
    .then(action)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  expect(outcome).toBeInstanceOf(BrookError);
  expect((outcome as BrookError).code).toBe(code);
}

export async function takeEvents(events: AsyncIterator<WatchEvent>, count: number): Promise<WatchEvent[]> {
  const taken: WatchEvent[] = [];
  while (taken.length < count) {
    const next = await events.next();
    if (next.done) throw new Error(`the watch ended after ${taken.length} of ${count} events`);
    taken.push(next.value);
  }
  return taken;
}

export function iteratorOf(events: AsyncIterable<WatchEvent>): AsyncIterator<WatchEvent> {
  return events[Symbol.asyncIterator]();
}

export async function storedText(store: MetadataStore, key: string): Promise<string | undefined> {
  return (await store.get(key))?.value.toString('utf8');
}
