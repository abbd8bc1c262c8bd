import { describe, expect, it } from 'vitest';
import { EventChannel } from './EventChannel.js';

describe('EventChannel', () => {
  it('delivers events emitted after subscribing, to every listener, then ends', async () => {
    const channel = new EventChannel<number>();
    channel.emit(0);
    const a = channel.subscribe();
    const b = channel.subscribe();
    const waiting = a.next();
    channel.emit(1);
    channel.emit(2);
    channel.end();
    expect(await waiting).toEqual({ done: false, value: 1 });
    const rest: number[] = [];
    for await (const n of a) rest.push(n);
    expect(rest).toEqual([2]);
    const all: number[] = [];
    for await (const n of b) all.push(n);
    expect(all).toEqual([1, 2]);
    expect(await channel.subscribe().next()).toEqual({ done: true, value: undefined });
  });

  it('keeps at most capacity unread events per listener, dropping the oldest', async () => {
    const channel = new EventChannel<number>(3);
    const listener = channel.subscribe();
    for (let i = 0; i < 10; i++) channel.emit(i);
    channel.end();
    const seen: number[] = [];
    for await (const n of listener) seen.push(n);
    expect(seen).toEqual([7, 8, 9]);
  });

  it('leaving the loop unsubscribes the listener', async () => {
    const channel = new EventChannel<number>();
    const listener = channel.subscribe();
    channel.emit(1);
    for await (const _ of listener) break;
    channel.emit(2);
    expect(await listener.next()).toEqual({ done: true, value: undefined });
  });
});
