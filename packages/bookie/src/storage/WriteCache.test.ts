import { describe, expect, it } from 'vitest';
import { SEGMENT_BYTES, SegmentPool } from './SegmentPool.js';
import { WriteCache } from './WriteCache.js';

describe('WriteCache', () => {
  it('copies entries into its segments, so the caller may reuse its buffers', () => {
    const cache = new WriteCache(new SegmentPool(4));
    const header = Buffer.from('hd');
    const payload = Buffer.from('payload');
    cache.put(1, 0, [header, payload], 9, 42);
    payload.fill(0);
    expect(cache.get(1, 0)).toEqual({ data: Buffer.from('hdpayload'), crc32c: 42 });
    expect(cache.bytes).toBe(9);
  });

  it('replaces a re-added entry and lists ledgers in id order', () => {
    const cache = new WriteCache(new SegmentPool(4));
    cache.put(9, 0, [Buffer.from('x')], 1, 1);
    cache.put(2, 0, [Buffer.from('y')], 1, 2);
    cache.put(9, 0, [Buffer.from('zz')], 2, 3);
    expect([...cache.entries()].map(([l, e, { data }]) => `${l}:${e}:${data}`)).toEqual(['2:0:y', '9:0:zz']);
    expect(cache.count).toBe(2);
    expect(cache.bytes).toBe(3);
  });

  it('hands its segments back on release, and the pool keeps at most its bound', () => {
    const pool = new SegmentPool(1);
    const first = new WriteCache(pool);
    const quarter = Buffer.alloc(SEGMENT_BYTES / 4);
    for (let i = 0; i < 8; i++) first.put(1, i, [quarter], quarter.length, 0);
    first.release();
    expect(pool.spareSegments).toBe(1);
    expect(first.count).toBe(0);

    const second = new WriteCache(pool);
    second.put(1, 0, [Buffer.from('reused')], 6, 0);
    expect(pool.spareSegments).toBe(0);
    expect(second.get(1, 0)?.data.toString()).toBe('reused');
  });

  it('gives an entry over a quarter segment a buffer of its own', () => {
    const pool = new SegmentPool(4);
    const cache = new WriteCache(pool);
    const big = Buffer.alloc(SEGMENT_BYTES / 4 + 1, 7);
    cache.put(1, 0, [big], big.length, 0);
    expect(cache.get(1, 0)?.data.equals(big)).toBe(true);
    cache.release();
    expect(pool.spareSegments).toBe(0);
  });
});
