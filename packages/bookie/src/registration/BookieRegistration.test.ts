import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbeddedMetadataStore } from '../../../metadata/src/EmbeddedMetadataStore.js';
import type { Session } from '../../../metadata/src/MetadataStore.js';
import { bookieKey, decodeBookieInfo } from './BookieInfo.js';
import { BookieRegistration } from './BookieRegistration.js';
import { type BookieRegistrationConfig, parseBookieRegistrationConfig } from './config.js';

const ADDRESS = '127.0.0.1:3181';

describe('BookieRegistration', () => {
  let metadata: EmbeddedMetadataStore;
  let ledgerDir: string;
  let sessions: Session[];
  const registration = (config: Partial<BookieRegistrationConfig> = {}) =>
    new BookieRegistration({
      metadata,
      address: ADDRESS,
      ledgerDir,
      config: parseBookieRegistrationConfig({ minFreeDiskBytes: 0, retryInitialMs: 5, ...config }),
    });
  const registered = async () => {
    const kv = await metadata.get(bookieKey(ADDRESS));
    return kv === undefined ? undefined : decodeBookieInfo(kv.value);
  };

  beforeEach(async () => {
    metadata = await EmbeddedMetadataStore.open({});
    ledgerDir = await mkdtemp(join(tmpdir(), 'brook-registration-'));
    sessions = [];
    const createSession = metadata.createSession.bind(metadata);
    metadata.createSession = async (options) => {
      const session = await createSession(options);
      sessions.push(session);
      return session;
    };
  });
  afterEach(async () => {
    await metadata.close();
    await rm(ledgerDir, { recursive: true, force: true });
  });

  it('registers its address, state and disk usage under /brook/bookies/<id>, and close removes it', async () => {
    const bookie = registration();
    await Promise.all([bookie.start(), bookie.start()]);
    expect(bookie.registered).toBe(true);
    const info = await registered();
    expect(info).toMatchObject({ id: ADDRESS, address: ADDRESS, state: 'writable' });
    expect(info?.disk.totalBytes).toBeGreaterThan(0);
    expect(info?.disk.freeBytes).toBeGreaterThan(0);
    expect(info?.updatedAt).toBeLessThanOrEqual(Date.now());
    await Promise.all([bookie.close(), bookie.close()]);
    expect(bookie.registered).toBe(false);
    expect(await registered()).toBeUndefined();
  });

  it('registers readonly when the ledger directory has less free space than minFreeDiskBytes', async () => {
    await using bookie = registration({ minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
    await bookie.start();
    expect((await registered())?.state).toBe('readonly');
  });

  it('rewrites its record with fresh disk usage every diskCheckIntervalMs', async () => {
    await using bookie = registration({ diskCheckIntervalMs: 20 });
    await bookie.start();
    const first = (await registered())!.updatedAt;
    await vi.waitFor(async () => expect((await registered())!.updatedAt).toBeGreaterThan(first), { timeout: 2_000 });
  });

  it('registers again with a new session when its session is lost', async () => {
    await using bookie = registration();
    await bookie.start();
    await sessions[0]!.close(); // as if it expired: its key goes and its signal aborts
    await vi.waitFor(
      async () => {
        expect(bookie.registered).toBe(true);
        expect(await registered()).toMatchObject({ id: ADDRESS });
      },
      { timeout: 2_000 },
    );
    expect(sessions.length).toBe(2);
    expect(sessions[1]!.signal.aborted).toBe(false);
  });

  it('waits for a registration held by another session to go before it claims the id', async () => {
    const previous = await metadata.createSession();
    await metadata.put(bookieKey(ADDRESS), Buffer.from('{}'), { session: previous });
    await using bookie = registration({ claimTimeoutMs: 5_000 });
    const started = bookie.start();
    setTimeout(() => void previous.close(), 50);
    await started;
    expect(await registered()).toMatchObject({ id: ADDRESS, state: 'writable' });
  });

  it('fails to start with UNAVAILABLE when the id stays held past claimTimeoutMs', async () => {
    const other = await metadata.createSession();
    await metadata.put(bookieKey(ADDRESS), Buffer.from('{}'), { session: other });
    const bookie = registration({ claimTimeoutMs: 50 });
    await expect(bookie.start()).rejects.toMatchObject({ code: ErrorCode.Unavailable });
    expect(bookie.registered).toBe(false);
    expect((await metadata.get(bookieKey(ADDRESS)))?.value.toString()).toBe('{}');
    await bookie.close();
  });

  it('close during start gives up the claim: start fails with ALREADY_CLOSED', async () => {
    const other = await metadata.createSession();
    await metadata.put(bookieKey(ADDRESS), Buffer.from('{}'), { session: other });
    const bookie = registration({ claimTimeoutMs: 30_000 });
    const started = bookie.start();
    await bookie.close();
    await expect(started).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
  });

  it('names the offending field of a bad config', () => {
    expect(() => parseBookieRegistrationConfig({ ttlMs: 10 })).toThrow(/registration\.ttlMs/);
    expect(() => parseBookieRegistrationConfig({ retryInitialMs: 10, retryMaxMs: 5 })).toThrow(/retryMaxMs/);
  });
});
