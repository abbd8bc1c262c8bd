import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrookError, ErrorCode } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bookie } from '../Bookie.js';
import type { AddEntryRequest } from '../client/BookieClient.js';
import { GrpcBookieClient } from '../client/GrpcBookieClient.js';
import { LocalBookieClient } from '../client/LocalBookieClient.js';
import { parseBookieConfig } from '../config.js';
import { BookieServer } from './BookieServer.js';

let dir: string;
let bookie: Bookie;
let server: BookieServer;
let client: GrpcBookieClient;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brook-bookie-server-'));
  const config = parseBookieConfig({ journalDir: join(dir, 'journal'), ledgerDir: join(dir, 'ledgers') });
  bookie = new Bookie({ config, registry: new Registry() });
  await bookie.start();
  server = new BookieServer({ bookie, host: '127.0.0.1', port: 0 });
  await server.start();
  client = new GrpcBookieClient({ address: `127.0.0.1:${server.port}`, timeoutMs: 5000 });
});
afterEach(async () => {
  await client.close();
  await server.close();
  await bookie.close();
  await rm(dir, { recursive: true, force: true });
});

const KEY = Buffer.from('key');

function entry(ledgerId: number, entryId: number, extra: Partial<AddEntryRequest> = {}): AddEntryRequest {
  const data = [Buffer.from('payload '), Buffer.from(String(entryId))];
  return { ledgerId, entryId, masterKey: KEY, lac: entryId - 1, data, crc32c: crc32c(Buffer.concat(data)), ...extra };
}

describe('BookieServer + GrpcBookieClient', () => {
  it('pipelines adds on one stream and reads them back', async () => {
    await Promise.all(Array.from({ length: 200 }, (_, i) => client.add(entry(1, i))));
    const entries = await client.read({ ledgerId: 1, firstEntryId: 0, lastEntryId: 199 });
    expect(entries.map((e) => e.entryId)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(entries[42]!.data.toString()).toBe('payload 42');
    expect(entries[42]!.crc32c).toBe(entry(1, 42).crc32c);
    expect(await client.readLac(1)).toEqual({ lac: 198, lastEntryId: 199 });
  });

  it('carries error codes across the wire: per add, and as gRPC status', async () => {
    await client.add(entry(2, 0));
    expect(await client.fence(2, KEY)).toEqual({ lac: -1, lastEntryId: 0 });
    const fenced = await client.add(entry(2, 1)).catch((e: unknown) => e);
    expect(fenced).toBeInstanceOf(BrookError);
    expect(fenced).toMatchObject({ code: ErrorCode.LedgerFenced, retriable: true });
    await client.add(entry(2, 1, { recovery: true }));
    await expect(client.add(entry(2, 2, { crc32c: 1 }))).rejects.toMatchObject({ code: ErrorCode.ChecksumMismatch });

    await expect(client.readLac(77)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
    await expect(client.fence(2, Buffer.from('wrong'))).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    await expect(client.read({ ledgerId: 2, firstEntryId: 5, lastEntryId: 6 })).rejects.toMatchObject({
      code: ErrorCode.EntryNotFound,
    });
  });

  it('rejects waiting adds with UNAVAILABLE when the bookie goes away, and reconnects for later adds', async () => {
    await client.add(entry(3, 0));
    const port = server.port;
    await server.close();
    await expect(client.add(entry(3, 1))).rejects.toMatchObject({ code: ErrorCode.Unavailable });

    server = new BookieServer({ bookie, host: '127.0.0.1', port });
    await server.start();
    await addWithRetry(entry(3, 1));
    expect(await client.readLac(3)).toEqual({ lac: 0, lastEntryId: 1 });
  });

  it('LocalBookieClient serves the same bookie in process', async () => {
    const local = new LocalBookieClient(bookie);
    expect(local.id).toBe('local');
    await local.add(entry(4, 0));
    expect((await client.read({ ledgerId: 4, firstEntryId: 0, lastEntryId: 0 }))[0]!.data.toString()).toBe('payload 0');
    await local.close();
    await expect(local.readLac(4)).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
  });
});

/** What a ledger client does with a retriable error: try again (the channel reconnects with backoff). */
async function addWithRetry(request: AddEntryRequest): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.add(request);
    } catch (error) {
      if (!(error instanceof BrookError) || !error.retriable || attempt === 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
