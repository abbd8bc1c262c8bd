import { ErrorCode } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedMetadataStore } from '../../../metadata/src/EmbeddedMetadataStore.js';
import type { LedgerMetadata } from './LedgerMetadata.js';
import { LedgerMetadataStore } from './LedgerMetadataStore.js';

const ledger = (ledgerId: number): LedgerMetadata => ({
  ledgerId,
  ensembleSize: 1,
  writeQuorum: 1,
  ackQuorum: 1,
  state: 'OPEN',
  lastEntryId: -1,
  length: 0,
  ensembles: [{ firstEntryId: 0, bookies: ['b'] }],
  masterKey: '00',
  createdAt: 1,
  properties: {},
});

describe('LedgerMetadataStore', () => {
  let store: EmbeddedMetadataStore;
  let ledgers: LedgerMetadataStore;

  beforeEach(async () => {
    store = await EmbeddedMetadataStore.open({});
    ledgers = new LedgerMetadataStore(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it('round-trips metadata and refuses to create an existing ledger', async () => {
    const created = await ledgers.create(ledger(7));
    expect(await ledgers.read(7)).toEqual(created);
    await expect(ledgers.create(ledger(7))).rejects.toMatchObject({ code: ErrorCode.BadVersion });
  });

  it('an update that lost a compare-and-set is applied again to the metadata now stored', async () => {
    const stale = await ledgers.create(ledger(7));
    await ledgers.update(stale, (m) => ({ ...m, properties: { by: 'other' } }));
    const updated = await ledgers.update(stale, (m) => ({ ...m, state: 'CLOSED' }));
    expect(updated.metadata).toMatchObject({ state: 'CLOSED', properties: { by: 'other' } });
    expect(await ledgers.read(7)).toEqual(updated);
  });

  it('rejects malformed stored metadata with INTERNAL', async () => {
    await store.put('/brook/ledgers/9', Buffer.from('{"ledgerId":9}'));
    await expect(ledgers.read(9)).rejects.toMatchObject({ code: ErrorCode.Internal });
  });
});
