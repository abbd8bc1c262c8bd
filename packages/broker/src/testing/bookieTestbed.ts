import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bookie, LedgerClient, LocalBookieClient, parseBookieConfig, StaticBookiePool } from '@brook/bookie';
import { EmbeddedMetadataStore } from '@brook/metadata';
import { crc32c } from '@node-rs/crc32';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterEach, beforeEach } from 'vitest';
import { EntryCache } from '../ledger/EntryCache.js';
import type { AppendBatch, ManagedLedgerOptions } from '../ledger/ManagedLedger.js';
import { ManagedLedgerMetadata } from '../ledger/ManagedLedgerMetadata.js';
import { CursorStore } from '../subscription/cursor/CursorStore.js';
import type { TopicDependencies } from '../topic/Topic.js';

/** A real bookie on a temp dir, a memory-only metadata store, and a ledger client over both. */
export interface BookieTestbed {
  readonly metadata: EmbeddedMetadataStore;
  readonly bookie: Bookie;
  readonly ledgers: LedgerClient;
}

/**
 * Registers hooks that give each test of the enclosing describe a fresh BookieTestbed, closed (and
 * its dir removed) after it. Hooks the caller registers later run after it starts and before it closes.
 */
export function useBookieTestbed(): BookieTestbed {
  let current: (BookieTestbed & { dir: string }) | undefined;
  beforeEach(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brook-broker-test-'));
    const metadata = await EmbeddedMetadataStore.open();
    const bookie = new Bookie({
      config: parseBookieConfig({ journalDir: join(dir, 'journal'), ledgerDir: join(dir, 'ledgers') }),
      registry: new Registry(),
    });
    await bookie.start();
    const ledgers = new LedgerClient({ metadata, bookies: new StaticBookiePool([new LocalBookieClient(bookie)]) });
    current = { dir, metadata, bookie, ledgers };
  });
  afterEach(async () => {
    if (!current) return;
    const { dir, bookie, metadata } = current;
    current = undefined;
    await bookie.close();
    await metadata.close();
    await rm(dir, { recursive: true, force: true });
  });
  const now = (): BookieTestbed => {
    if (!current) throw new Error('the bookie testbed is only there inside a test');
    return current;
  };
  return {
    get metadata() {
      return now().metadata;
    },
    get bookie() {
      return now().bookie;
    },
    get ledgers() {
      return now().ledgers;
    },
  };
}

/**
 * Managed ledger options on a testbed: one replica, `maxEntries` entries per ledger, and no entry
 * cache, so every read reaches the bookie.
 */
export function managedLedgerOptions(testbed: BookieTestbed, maxEntries: number): ManagedLedgerOptions {
  return {
    ledgers: testbed.ledgers,
    metadata: new ManagedLedgerMetadata(testbed.metadata),
    persistence: { ensembleSize: 1, writeQuorum: 1, ackQuorum: 1 },
    rollover: { maxEntries, maxBytes: 1 << 30, maxAgeMs: 3_600_000 },
    cache: new EntryCache(0),
    logger: pino({ level: 'silent' }),
  };
}

/** A batch as a producer sends it, uncompressed, around `payload`. */
export function appendBatch(
  payload: Buffer,
  {
    messageCount = 1,
    sequenceId = 0,
    producerName = 'p',
  }: { messageCount?: number; sequenceId?: number; producerName?: string } = {},
): AppendBatch {
  return {
    codec: 0,
    messageCount,
    sequenceId,
    producerName,
    uncompressedSize: payload.length,
    payloadCrc32c: crc32c(payload),
    payload,
  };
}

/** What a Topic needs on a testbed: its ledger client, ledger lists and cursors there; the rest as given. */
export function topicDependencies(
  testbed: BookieTestbed,
  rest: Omit<TopicDependencies, 'ledgers' | 'ledgerMetadata' | 'cursors'>,
): TopicDependencies {
  return {
    ...rest,
    ledgers: testbed.ledgers,
    ledgerMetadata: new ManagedLedgerMetadata(testbed.metadata),
    cursors: new CursorStore(testbed.metadata),
  };
}
