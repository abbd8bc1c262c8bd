import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ErrorCode } from '@brook/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedMetadataStore } from './EmbeddedMetadataStore.js';
import { bytes, expectBrookError } from './testing/conformance/expectations.js';
import { describeMetadataStoreConformance } from './testing/metadataStoreConformance.js';
import { transpilePackageTo } from './testing/transpiledPackage.js';

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'brook-metadata-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describeMetadataStoreConformance('EmbeddedMetadataStore in memory', async () => ({
  store: await EmbeddedMetadataStore.open(),
}));

describeMetadataStoreConformance('EmbeddedMetadataStore on RocksDB', async () => {
  const path = await tempDir();
  return { store: await EmbeddedMetadataStore.open({ path }), reopen: () => EmbeddedMetadataStore.open({ path }) };
});

describe('EmbeddedMetadataStore', () => {
  it('rejects a transaction branch that writes a key twice, as etcd does', async () => {
    await using store = await EmbeddedMetadataStore.open();
    const twice = store.txn({
      if: [],
      then: [
        { type: 'put', key: '/k', value: bytes('1') },
        { type: 'delete', key: '/k' },
      ],
    });
    await expectBrookError(() => twice, ErrorCode.InvalidArgument);
    expect(await store.get('/k')).toBeUndefined();
  });

  it('rejects an empty path and a TTL that is not positive', async () => {
    await expectBrookError(() => EmbeddedMetadataStore.open({ path: '' }), ErrorCode.InvalidArgument);
    await using store = await EmbeddedMetadataStore.open();
    await expectBrookError(() => store.createSession({ ttlMs: 0 }), ErrorCode.InvalidArgument);
  });

  it('keeps every write a process acknowledged before it was killed with SIGKILL, but not its session keys', async () => {
    const path = await tempDir();
    const runnable = await tempDir();
    await transpilePackageTo(runnable);
    const writer = spawn(process.execPath, [join(runnable, 'testing', 'killedWriter.js'), path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(writer, 'exit');
    const acknowledged = await readAcknowledgedThenKill(writer, 200);
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');
    expect(acknowledged).toHaveLength(200);

    await using store = await EmbeddedMetadataStore.open({ path });
    for (const write of acknowledged) {
      const stored = await store.get(write.key);
      if (write.sessionBound) expect(stored).toBeUndefined();
      else expect(stored).toMatchObject({ version: write.version });
    }
    const lastAcknowledged = Math.max(...acknowledged.map((write) => write.version));
    expect(await store.put('/crash/after-restart', bytes('x'))).toBeGreaterThan(lastAcknowledged);
  });
});

interface AcknowledgedWrite {
  key: string;
  version: number;
  sessionBound: boolean;
}

async function readAcknowledgedThenKill(
  writer: ChildProcessByStdio<null, Readable, null>,
  count: number,
): Promise<AcknowledgedWrite[]> {
  const acknowledged: AcknowledgedWrite[] = [];
  for await (const line of createInterface({ input: writer.stdout })) {
    acknowledged.push(JSON.parse(line) as AcknowledgedWrite);
    if (acknowledged.length === count) break;
  }
  writer.kill('SIGKILL');
  return acknowledged;
}
