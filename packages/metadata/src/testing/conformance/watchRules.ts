import { describe, expect, it } from 'vitest';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes, iteratorOf, takeEvents } from './expectations.js';

export function describeWatchRules(t: ConformanceHarness): void {
  describe('watches', () => {
    it('delivers the puts and deletes under its prefix, in revision order', async () => {
      const events = iteratorOf(t.store.watch(t.key('/w/')));
      const [a, b] = [t.key('/w/a'), t.key('/w/b')];
      const putA = await t.store.put(a, bytes('1'));
      const putB = await t.store.put(b, bytes('2'));
      await t.store.delete(a);
      const [first, second, third] = await takeEvents(events, 3);
      expect(first).toEqual({ type: 'put', key: a, value: bytes('1'), version: putA });
      expect(second).toEqual({ type: 'put', key: b, value: bytes('2'), version: putB });
      expect(third).toMatchObject({ type: 'delete', key: a });
      expect(third!.version).toBeGreaterThan(putB);
    });

    it('delivers no change made before it started', async () => {
      await t.store.put(t.key('/w/before'), bytes('old'));
      const events = iteratorOf(t.store.watch(t.key('/w/')));
      await t.store.put(t.key('/w/after'), bytes('new'));
      expect(await takeEvents(events, 1)).toMatchObject([{ type: 'put', key: t.key('/w/after') }]);
    });

    it('ignores keys outside its prefix, which it matches as a plain string prefix', async () => {
      const events = iteratorOf(t.store.watch(t.key('/w/a')));
      for (const path of ['/w/b', '/w/ab', '/w/', '/w/a/x', '/x/w/a']) await t.store.put(t.key(path), bytes('x'));
      const seen = await takeEvents(events, 2);
      expect(seen.map((event) => event.key)).toEqual([t.key('/w/ab'), t.key('/w/a/x')]);
    });

    it('delivers the writes of a transaction, and one delete per key of deletePrefix', async () => {
      const events = iteratorOf(t.store.watch(t.key('/w/')));
      const [a, b] = [t.key('/w/a'), t.key('/w/b')];
      const { revision } = await t.store.txn({
        if: [],
        then: [
          { type: 'put', key: b, value: bytes('b') },
          { type: 'put', key: a, value: bytes('a') },
        ],
      });
      await t.store.deletePrefix(t.key('/w/'));
      const seen = await takeEvents(events, 4);
      expect(seen.slice(0, 2)).toEqual([
        { type: 'put', key: b, value: bytes('b'), version: revision },
        { type: 'put', key: a, value: bytes('a'), version: revision },
      ]);
      expect(seen.slice(2).map((event) => [event.type, event.key])).toEqual([
        ['delete', a],
        ['delete', b],
      ]);
    });

    it('each watch of a prefix receives every event', async () => {
      const first = iteratorOf(t.store.watch(t.key('/w/')));
      const second = iteratorOf(t.store.watch(t.key('/w/')));
      const version = await t.store.put(t.key('/w/k'), bytes('v'));
      const expected = [{ type: 'put', key: t.key('/w/k'), value: bytes('v'), version }];
      expect(await takeEvents(first, 1)).toEqual(expected);
      expect(await takeEvents(second, 1)).toEqual(expected);
    });

    it('ends when its signal aborts, also while waiting for an event', async () => {
      const controller = new AbortController();
      const events = iteratorOf(t.store.watch(t.key('/w/'), { signal: controller.signal }));
      const waiting = events.next();
      controller.abort();
      expect(await waiting).toMatchObject({ done: true });
      await t.store.put(t.key('/w/late'), bytes('x'));
      expect(await events.next()).toMatchObject({ done: true });
    });

    it('ends at once when its signal is already aborted', async () => {
      const events = iteratorOf(t.store.watch(t.key('/w/'), { signal: AbortSignal.abort() }));
      expect(await events.next()).toMatchObject({ done: true });
    });

    it('ends when the store closes', async () => {
      const events = iteratorOf(t.store.watch(t.key('/w/')));
      const waiting = events.next();
      await t.store.close();
      expect(await waiting).toMatchObject({ done: true });
    });

    it('ends when its loop is left with break', async () => {
      const events = iteratorOf(t.store.watch(t.key('/w/')));
      await t.store.put(t.key('/w/first'), bytes('1'));
      for await (const event of { [Symbol.asyncIterator]: () => events }) {
        expect(event.key).toBe(t.key('/w/first'));
        break;
      }
      await t.store.put(t.key('/w/second'), bytes('2'));
      expect(await events.next()).toMatchObject({ done: true });
    });
  });
}
