import { afterEach, beforeEach } from 'vitest';
import { EmbeddedMetadataStore } from '../../../../metadata/src/EmbeddedMetadataStore.js';
import { LedgerClient } from '../LedgerClient.js';
import { FakeBookiePool } from './FakeBookiePool.js';

/** The text of test entry n. */
export const text = (n: number) => `entry-${n}`;
/** Test entry n, as the chunks an append takes. */
export const entry = (n: number) => [Buffer.from(text(n))];
/** Lets answered bookie requests run their callbacks. */
export const callbacksRun = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LedgerTestbed {
  readonly metadata: EmbeddedMetadataStore;
  readonly pool: FakeBookiePool;
  readonly client: LedgerClient;
}

/**
 * Registers hooks that give each test of the enclosing describe a fresh LedgerClient over 3 fake
 * bookies and a memory-only metadata store.
 */
export function useLedgerTestbed(): LedgerTestbed {
  let current: LedgerTestbed | undefined;
  beforeEach(async () => {
    const metadata = await EmbeddedMetadataStore.open({});
    const pool = new FakeBookiePool(3);
    current = { metadata, pool, client: new LedgerClient({ metadata, bookies: pool }) };
  });
  afterEach(async () => {
    await current?.metadata.close();
    current = undefined;
  });
  const now = (): LedgerTestbed => {
    if (!current) throw new Error('the ledger testbed is only there inside a test');
    return current;
  };
  return {
    get metadata() {
      return now().metadata;
    },
    get pool() {
      return now().pool;
    },
    get client() {
      return now().client;
    },
  };
}
