import { mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REMOVE_STEP_BYTES, removeGradually } from './JournalFiles.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brook-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('removeGradually', () => {
  it('removes a file of several steps, one not a whole number of steps, and an empty one', async () => {
    const sizes = [3 * REMOVE_STEP_BYTES, REMOVE_STEP_BYTES + 4097, 0];
    for (const [index, size] of sizes.entries()) {
      const handle = await open(join(dir, `f${index}`), 'w');
      await handle.write(Buffer.from('tail'), 0, 4, Math.max(0, size - 4));
      await handle.truncate(size);
      await handle.close();
    }
    await writeFile(join(dir, 'kept'), 'other files stay');

    for (const index of sizes.keys()) await removeGradually(join(dir, `f${index}`));

    expect(await readdir(dir)).toEqual(['kept']);
  });

  it('rejects with ENOENT for a file that is not there', async () => {
    await expect(removeGradually(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
