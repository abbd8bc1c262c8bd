import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS build script without types
import { generate } from '../scripts/generate.js';

describe('generated protobuf code', () => {
  it('matches the .proto files (run `npm run gen` after editing them)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brook-gen-'));
    try {
      generate(dir);
      const packageDir = join(import.meta.dirname, '..');
      for (const file of ['brook.js', 'brook.d.ts']) {
        expect(await readFile(join(dir, file), 'utf8')).toBe(
          await readFile(join(packageDir, 'generated', file), 'utf8'),
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
