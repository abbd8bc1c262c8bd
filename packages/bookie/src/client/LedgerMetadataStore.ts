import { BrookError, ErrorCode } from '@brook/protocol';
import type { MetadataStore } from '@brook/metadata';
import type { LedgerMetadata } from './LedgerMetadata.js';
import { decodeLedgerMetadata, encodeLedgerMetadata } from './LedgerMetadataJson.js';

export const LEDGERS_PREFIX = '/brook/ledgers/';
const ID_GENERATOR_KEY = `${LEDGERS_PREFIX}_idgen`;

/** A ledger's metadata with the store version it was read or written at (for compare-and-set). */
export interface VersionedLedgerMetadata {
  readonly metadata: LedgerMetadata;
  readonly version: number;
}

/**
 * Given the current metadata, the metadata to write, or `undefined` when it already says what the
 * caller wants. May throw to give up (e.g. the ledger was fenced under the caller).
 */
export type LedgerMetadataUpdate = (current: LedgerMetadata) => LedgerMetadata | undefined;

/**
 * Ledger metadata in the metadata store, one JSON value per ledger at `/brook/ledgers/<id>`, changed
 * only by compare-and-set on the key's version. Ledger ids come from the store's revision counter:
 * every write to `/brook/ledgers/_idgen` returns a revision no other write ever gets.
 */
export class LedgerMetadataStore {
  constructor(private readonly store: Pick<MetadataStore, 'get' | 'put' | 'delete'>) {}

  /** A ledger id never handed out before, also across restarts. */
  async nextLedgerId(): Promise<number> {
    return this.store.put(ID_GENERATOR_KEY, new Uint8Array(0));
  }

  /** Writes the metadata of a new ledger; BAD_VERSION when the id is already taken. */
  async create(metadata: LedgerMetadata): Promise<VersionedLedgerMetadata> {
    const version = await this.store.put(keyOf(metadata.ledgerId), encodeLedgerMetadata(metadata), {
      expectedVersion: 0,
    });
    return { metadata, version };
  }

  /** LEDGER_NOT_FOUND when there is no such ledger. */
  async read(ledgerId: number): Promise<VersionedLedgerMetadata> {
    const key = keyOf(ledgerId);
    const found = await this.store.get(key);
    if (found === undefined) throw new BrookError(ErrorCode.LedgerNotFound, `ledger ${ledgerId} does not exist`);
    return { metadata: decodeLedgerMetadata(key, found.value), version: found.version };
  }

  /**
   * Applies `update` by compare-and-set from `current`; on a conflict rereads and applies it again to
   * what is there now, until it is written or `update` has nothing to change or throws.
   */
  async update(current: VersionedLedgerMetadata, update: LedgerMetadataUpdate): Promise<VersionedLedgerMetadata> {
    for (;;) {
      const next = update(current.metadata);
      if (next === undefined) return current;
      try {
        const version = await this.store.put(keyOf(next.ledgerId), encodeLedgerMetadata(next), {
          expectedVersion: current.version,
        });
        return { metadata: next, version };
      } catch (error) {
        if (!(error instanceof BrookError) || error.code !== ErrorCode.BadVersion) throw error;
        current = await this.read(next.ledgerId);
      }
    }
  }

  /** LEDGER_NOT_FOUND when there is no such ledger. */
  async delete(ledgerId: number): Promise<void> {
    const deleted = await this.store.delete(keyOf(ledgerId));
    if (!deleted) throw new BrookError(ErrorCode.LedgerNotFound, `ledger ${ledgerId} does not exist`);
  }
}

function keyOf(ledgerId: number): string {
  return `${LEDGERS_PREFIX}${ledgerId}`;
}
