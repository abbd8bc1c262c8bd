import { describe, expect, it } from 'vitest';
import { Deque } from './Deque.js';

describe('Deque', () => {
  it('shiftMany takes the oldest items across the ring wrap and past growth, and no more than it holds', () => {
    const deque = new Deque<number>();
    for (let i = 0; i < 12; i++) deque.push(i);
    for (let i = 0; i < 10; i++) deque.shift();
    for (let i = 12; i < 40; i++) deque.push(i); // wraps, then grows
    expect(deque.shiftMany(5)).toEqual([10, 11, 12, 13, 14]);
    expect(deque.length).toBe(25);
    expect(deque.peek()).toBe(15);
    expect(deque.shiftMany(100)).toEqual(Array.from({ length: 25 }, (_, i) => 15 + i));
    expect(deque.length).toBe(0);
    expect(deque.shiftMany(3)).toEqual([]);
    deque.push(99);
    expect(deque.drain()).toEqual([99]);
  });
});
