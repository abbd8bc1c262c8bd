import { describe, expect, it } from 'vitest';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes } from './expectations.js';

export function describePrefixRules(t: ConformanceHarness): void {
  describe('prefixes', () => {
    it('list returns the keys that start with the prefix, sorted by key, with their values', async () => {
      for (const path of ['/list/c', '/list/a/2', '/list/b', '/list/a/1', '/other']) {
        await t.store.put(t.key(path), bytes(path));
      }
      const listed = await t.store.list(t.key('/list/'));
      expect(listed.map((kv) => kv.key)).toEqual(
        ['/list/a/1', '/list/a/2', '/list/b', '/list/c'].map((path) => t.key(path)),
      );
      expect(listed.map((kv) => kv.value.toString())).toEqual(['/list/a/1', '/list/a/2', '/list/b', '/list/c']);
    });

    it('a prefix is a plain string prefix: /a/b matches /a/b, /a/b/c and /a/bc; /a/b/ matches only /a/b/c', async () => {
      for (const path of ['/a/a', '/a/b', '/a/b/c', '/a/bc', '/a/c']) await t.store.put(t.key(path), bytes('x'));
      const keysUnder = async (prefix: string) => (await t.store.list(t.key(prefix))).map((kv) => kv.key);
      expect(await keysUnder('/a/b')).toEqual(['/a/b', '/a/b/c', '/a/bc'].map((path) => t.key(path)));
      expect(await keysUnder('/a/b/')).toEqual([t.key('/a/b/c')]);
    });

    it('sorts keys by their UTF-8 bytes, as etcd does', async () => {
      const paths = ['/u/\u{1F600}', '/u/\uFFFD', '/u/z', '/u/\u00E9'];
      for (const path of paths) await t.store.put(t.key(path), bytes('x'));
      const byUtf8 = [...paths].sort((a, b) => Buffer.compare(bytes(a), bytes(b)));
      expect((await t.store.list(t.key('/u/'))).map((kv) => kv.key)).toEqual(byUtf8.map((path) => t.key(path)));
    });

    it('list of a prefix without keys is empty', async () => {
      expect(await t.store.list(t.key('/nothing/'))).toEqual([]);
    });

    it('deletePrefix deletes exactly the keys under the prefix and returns how many', async () => {
      for (const path of ['/d/1', '/d/2', '/d/2/x', '/dd', '/e']) await t.store.put(t.key(path), bytes('x'));
      expect(await t.store.deletePrefix(t.key('/d/'))).toBe(3);
      expect((await t.store.list(t.key('/'))).map((kv) => kv.key)).toEqual([t.key('/dd'), t.key('/e')]);
      expect(await t.store.deletePrefix(t.key('/d/'))).toBe(0);
    });
  });
}
