import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { MetadataStore } from '../../MetadataStore.js';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes, expectBrookError, storedText } from './expectations.js';

export function describeKeyValueRules(t: ConformanceHarness): void {
  describe('keys and values', () => {
    it('get returns what put wrote, with the version put returned', async () => {
      const key = t.key('/a');
      const version = await t.store.put(key, bytes('one'));
      expect(await t.store.get(key)).toEqual({ key, value: bytes('one'), version, createVersion: version });
    });

    it('get of an absent key is undefined', async () => {
      expect(await t.store.get(t.key('/absent'))).toBeUndefined();
    });

    it('holds its own copy of a value: changing the written or read bytes later changes nothing', async () => {
      const key = t.key('/copied');
      const written = bytes('abc');
      await t.store.put(key, written);
      written[0] = 0x7a;
      const read = await t.store.get(key);
      read!.value[1] = 0x7a;
      expect(await storedText(t.store, key)).toBe('abc');
    });

    it('delete removes a key and returns true, and returns false when the key is absent', async () => {
      const key = t.key('/doomed');
      await t.store.put(key, bytes('x'));
      expect(await t.store.delete(key)).toBe(true);
      expect(await t.store.get(key)).toBeUndefined();
      expect(await t.store.delete(key)).toBe(false);
    });

    it('an empty key is rejected with INVALID_ARGUMENT', async () => {
      await expectBrookError(() => t.store.get(''), ErrorCode.InvalidArgument);
      await expectBrookError(() => t.store.put('', bytes('x')), ErrorCode.InvalidArgument);
      await expectBrookError(() => t.store.delete(''), ErrorCode.InvalidArgument);
    });
  });

  describe('versions and revisions', () => {
    it('every write gets a higher revision than the write before it, whatever the key', async () => {
      const first = await t.store.put(t.key('/x'), bytes('1'));
      const second = await t.store.put(t.key('/y'), bytes('2'));
      const third = await t.store.put(t.key('/x'), bytes('3'));
      expect(second).toBeGreaterThan(first);
      expect(third).toBeGreaterThan(second);
    });

    it('version is the revision of the last write; createVersion the revision that created the key', async () => {
      const key = t.key('/k');
      const created = await t.store.put(key, bytes('1'));
      const updated = await t.store.put(key, bytes('2'));
      expect(await t.store.get(key)).toMatchObject({ version: updated, createVersion: created });
    });

    it('a key created again after its delete gets a new createVersion', async () => {
      const key = t.key('/reborn');
      const first = await t.store.put(key, bytes('1'));
      await t.store.delete(key);
      const second = await t.store.put(key, bytes('2'));
      expect(second).toBeGreaterThan(first);
      expect(await t.store.get(key)).toMatchObject({ version: second, createVersion: second });
    });

    it('concurrent writes get distinct revisions, and the last one wins', async () => {
      const key = t.key('/contended');
      const versions = await Promise.all(
        Array.from({ length: 20 }, (_, index) => t.store.put(key, bytes(String(index)))),
      );
      expect(new Set(versions).size).toBe(versions.length);
      const last = Math.max(...versions);
      expect(await t.store.get(key)).toMatchObject({ version: last, value: bytes(String(versions.indexOf(last))) });
    });
  });

  describe('conditional writes', () => {
    it('put with expectedVersion 0 creates an absent key, and fails with BAD_VERSION once it exists', async () => {
      const key = t.key('/claim');
      await t.store.put(key, bytes('mine'), { expectedVersion: 0 });
      await expectBrookError(() => t.store.put(key, bytes('theirs'), { expectedVersion: 0 }), ErrorCode.BadVersion);
      expect(await storedText(t.store, key)).toBe('mine');
    });

    it('put with the current version succeeds; with a stale one it fails with BAD_VERSION and changes nothing', async () => {
      const key = t.key('/cas');
      const first = await t.store.put(key, bytes('1'));
      const second = await t.store.put(key, bytes('2'), { expectedVersion: first });
      await expectBrookError(() => t.store.put(key, bytes('3'), { expectedVersion: first }), ErrorCode.BadVersion);
      expect(await t.store.get(key)).toMatchObject({ value: bytes('2'), version: second, createVersion: first });
    });

    it('put with an expectedVersion other than 0 fails with BAD_VERSION when the key is absent', async () => {
      const key = t.key('/missing');
      await expectBrookError(() => t.store.put(key, bytes('x'), { expectedVersion: 1 }), ErrorCode.BadVersion);
      expect(await t.store.get(key)).toBeUndefined();
    });

    it('delete with expectedVersion deletes only at that version', async () => {
      const key = t.key('/guarded');
      const version = await t.store.put(key, bytes('x'));
      await expectBrookError(() => t.store.delete(key, { expectedVersion: version + 1 }), ErrorCode.BadVersion);
      expect(await t.store.get(key)).toMatchObject({ version });
      expect(await t.store.delete(key, { expectedVersion: version })).toBe(true);
      expect(await t.store.get(key)).toBeUndefined();
    });

    it('delete with expectedVersion 0 of an absent key holds and returns false', async () => {
      expect(await t.store.delete(t.key('/never'), { expectedVersion: 0 })).toBe(false);
    });

    it('concurrent compare-and-set updates lose no update', async () => {
      const key = t.key('/counter');
      await Promise.all(Array.from({ length: 10 }, () => increment(t.store, key)));
      expect(await storedText(t.store, key)).toBe('10');
    });
  });
}

async function increment(store: MetadataStore, key: string): Promise<void> {
  for (;;) {
    const current = await store.get(key);
    const next = Number(current?.value.toString() ?? '0') + 1;
    try {
      await store.put(key, bytes(String(next)), { expectedVersion: current?.version ?? 0 });
      return;
    } catch (error) {
      if (!(error instanceof BrookError && error.code === ErrorCode.BadVersion)) throw error;
    }
  }
}
