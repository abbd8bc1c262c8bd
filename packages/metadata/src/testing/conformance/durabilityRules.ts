import { describe, expect, it } from 'vitest';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes } from './expectations.js';

export function describeDurabilityRules(t: ConformanceHarness): void {
  describe('durability across a reopen', () => {
    it('keys, values and versions survive', async () => {
      const [a, b, c] = [t.key('/a'), t.key('/b'), t.key('/c')];
      await t.store.put(a, bytes('a1'));
      await t.store.put(a, bytes('a2'));
      await t.store.put(c, bytes('doomed'));
      await t.store.txn({
        if: [{ key: b, version: 0 }],
        then: [
          { type: 'put', key: b, value: bytes('b') },
          { type: 'delete', key: c },
        ],
      });
      const before = await t.store.list(t.key('/'));
      const reopened = await t.reopen();
      expect(await reopened.list(t.key('/'))).toEqual(before);
      expect(before.map((kv) => kv.key)).toEqual([a, b]);
    });

    it('revisions keep increasing, also past those of keys deleted before the reopen', async () => {
      await t.store.put(t.key('/kept'), bytes('1'));
      const deletedVersion = await t.store.put(t.key('/deleted'), bytes('2'));
      await t.store.delete(t.key('/deleted'));
      const reopened = await t.reopen();
      expect(await reopened.put(t.key('/kept'), bytes('3'))).toBeGreaterThan(deletedVersion);
    });

    it('keys of the previous instance’s sessions are gone; other keys stay', async () => {
      const session = await t.store.createSession();
      await t.store.put(t.key('/bound'), bytes('x'), { session });
      await t.store.put(t.key('/free'), bytes('y'));
      const reopened = await t.reopen();
      expect((await reopened.list(t.key('/'))).map((kv) => kv.key)).toEqual([t.key('/free')]);
    });

    it('data survives several reopens', async () => {
      await t.store.put(t.key('/k'), bytes('1'));
      await (await t.reopen()).put(t.key('/k'), bytes('2'));
      const third = await t.reopen();
      expect((await third.get(t.key('/k')))?.value).toEqual(bytes('2'));
    });
  });
}
