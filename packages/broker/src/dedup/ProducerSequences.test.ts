import { describe, expect, it } from 'vitest';
import { ProducerSequences } from './ProducerSequences.js';

describe('ProducerSequences', () => {
  it('judges a batch by its first sequence id against the highest pushed and persisted ids', () => {
    const s = new ProducerSequences();
    expect(s.check('p', 0)).toBe('new');
    s.push('p', 4);
    expect(s.check('p', 0)).toBe('pending');
    expect(s.check('p', 4)).toBe('pending');
    expect(s.check('p', 5)).toBe('new');
    s.persist('p', 4);
    expect(s.check('p', 3)).toBe('duplicate');
    expect(s.lastPersisted('p')).toBe(4);
    expect(s.lastPersisted('q')).toBe(-1);
  });

  it('only grows, and snapshots persisted ids only', () => {
    const s = new ProducerSequences({ a: 10 });
    s.persist('a', 3);
    s.push('b', 7);
    expect(s.lastPersisted('a')).toBe(10);
    expect(s.persistedIds()).toEqual({ a: 10 });
    s.persist('b', 7);
    expect(s.persistedIds()).toEqual({ a: 10, b: 7 });
  });

  it('drops names neither connected nor active for the inactivity period', () => {
    const s = new ProducerSequences({}, 0);
    s.persist('idle', 1, 0);
    s.persist('connected', 1, 0);
    s.connected('connected', 0);
    s.persist('recent', 1, 0);
    s.push('recent', 2, 900);
    expect(s.dropInactive(1000, 500)).toEqual(['idle']);
    expect(s.persistedIds()).toEqual({ connected: 1, recent: 1 });
    expect(s.check('idle', 0)).toBe('new');
    s.disconnected('connected', 1000);
    expect(s.dropInactive(1400, 500)).toEqual([]);
    expect(s.dropInactive(1600, 500)).toEqual(['connected']);
  });
});
