import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes, expectBrookError, storedText } from './expectations.js';

export function describeTransactionRules(t: ConformanceHarness): void {
  describe('transactions', () => {
    it('when every compare holds, the then-ops run; results hold each get and undefined for writes', async () => {
      const [a, b, c] = [t.key('/a'), t.key('/b'), t.key('/c')];
      const versionA = await t.store.put(a, bytes('a'));
      await t.store.put(b, bytes('b'));
      const result = await t.store.txn({
        if: [
          { key: a, version: versionA },
          { key: c, version: 0 },
        ],
        then: [
          { type: 'put', key: c, value: bytes('c') },
          { type: 'delete', key: b },
          { type: 'get', key: a },
        ],
        else: [{ type: 'put', key: c, value: bytes('else') }],
      });
      expect(result.succeeded).toBe(true);
      expect(result.results).toEqual([
        undefined,
        undefined,
        { key: a, value: bytes('a'), version: versionA, createVersion: versionA },
      ]);
      expect(await storedText(t.store, c)).toBe('c');
      expect(await t.store.get(b)).toBeUndefined();
    });

    it('when any compare fails, the else-ops run and succeeded is false', async () => {
      const [a, b] = [t.key('/a'), t.key('/b')];
      const version = await t.store.put(a, bytes('a'));
      const result = await t.store.txn({
        if: [
          { key: a, version },
          { key: b, version: 5 },
        ],
        then: [{ type: 'put', key: b, value: bytes('then') }],
        else: [
          { type: 'get', key: b },
          { type: 'put', key: a, value: bytes('else') },
        ],
      });
      expect(result).toMatchObject({ succeeded: false, results: [undefined, undefined] });
      expect(await storedText(t.store, a)).toBe('else');
      expect(await t.store.get(b)).toBeUndefined();
    });

    it('a failed compare without else-ops changes nothing', async () => {
      const key = t.key('/k');
      const version = await t.store.put(key, bytes('kept'));
      const result = await t.store.txn({
        if: [{ key, version: version + 1 }],
        then: [{ type: 'delete', key }],
      });
      expect(result).toMatchObject({ succeeded: false, results: [] });
      expect(await t.store.get(key)).toMatchObject({ value: bytes('kept'), version });
    });

    it('compared version 0 means absent, so create-if-absent claims a key once', async () => {
      const key = t.key('/owner');
      const claim = (owner: string) =>
        t.store.txn({ if: [{ key, version: 0 }], then: [{ type: 'put', key, value: bytes(owner) }] });
      const [first, second] = await Promise.all([claim('first'), claim('second')]);
      expect([first.succeeded, second.succeeded].sort()).toEqual([false, true]);
      expect(await storedText(t.store, key)).toBe(first.succeeded ? 'first' : 'second');
    });

    it('all writes of a transaction carry the revision it returns, above every earlier write', async () => {
      const earlier = await t.store.put(t.key('/earlier'), bytes('x'));
      const [a, b] = [t.key('/a'), t.key('/b')];
      const result = await t.store.txn({
        if: [],
        then: [
          { type: 'put', key: a, value: bytes('a') },
          { type: 'put', key: b, value: bytes('b') },
        ],
      });
      expect(result.revision).toBeGreaterThan(earlier);
      expect(await t.store.get(a)).toMatchObject({ version: result.revision, createVersion: result.revision });
      expect(await t.store.get(b)).toMatchObject({ version: result.revision, createVersion: result.revision });
    });

    it('a transaction that cannot complete changes nothing', async () => {
      const session = await t.store.createSession();
      await session.close();
      const [a, b] = [t.key('/a'), t.key('/b')];
      await expectBrookError(
        () =>
          t.store.txn({
            if: [],
            then: [
              { type: 'put', key: a, value: bytes('a') },
              { type: 'put', key: b, value: bytes('b'), session },
            ],
          }),
        ErrorCode.SessionExpired,
      );
      expect(await t.store.list(t.key('/'))).toEqual([]);
    });

    it('an empty key anywhere in a transaction is rejected with INVALID_ARGUMENT', async () => {
      const key = t.key('/k');
      await expectBrookError(
        () => t.store.txn({ if: [{ key: '', version: 0 }], then: [{ type: 'put', key, value: bytes('x') }] }),
        ErrorCode.InvalidArgument,
      );
      await expectBrookError(
        () =>
          t.store.txn({
            if: [],
            then: [
              { type: 'put', key, value: bytes('x') },
              { type: 'get', key: '' },
            ],
          }),
        ErrorCode.InvalidArgument,
      );
      expect(await t.store.get(key)).toBeUndefined();
    });
  });
}
