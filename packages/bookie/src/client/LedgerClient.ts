import { randomBytes } from 'node:crypto';
import type { MetadataStore } from '@brook/metadata';
import { type Logger, pino } from 'pino';
import type { BookiePool } from './BookiePool.js';
import { chooseBookies } from './EnsemblePlacement.js';
import type { LedgerReader, LedgerWriter } from './Ledger.js';
import { LedgerHandleReader } from './LedgerHandleReader.js';
import { LedgerHandleWriter } from './LedgerHandleWriter.js';
import type { LedgerMetadata, LedgerOptions } from './LedgerMetadata.js';
import { LedgerMetadataStore } from './LedgerMetadataStore.js';
import { LedgerRecovery } from './LedgerRecovery.js';
import { readLastAddConfirmed } from './LedgerTails.js';
import { validateLedgerId, validateLedgerOptions } from './ledgerOptions.js';

export interface LedgerClientOptions {
  metadata: MetadataStore;
  bookies: BookiePool;
  logger?: Logger;
}

export interface OpenLedgerOptions {
  /** Fence and close an unclosed ledger first (the new owner's open); false = read what is confirmed. */
  recover: boolean;
}

const MASTER_KEY_BYTES = 20;

/**
 * Creates, opens and deletes ledgers (BookKeeper client semantics). The client owns no resources:
 * the metadata store and the bookie pool are the caller's to close.
 */
export class LedgerClient {
  private readonly ledgers: LedgerMetadataStore;
  private readonly bookies: BookiePool;
  private readonly logger: Logger;
  private readonly recovery: LedgerRecovery;

  constructor(options: LedgerClientOptions) {
    this.ledgers = new LedgerMetadataStore(options.metadata);
    this.bookies = options.bookies;
    this.logger = (options.logger ?? pino({ enabled: false })).child({ component: 'ledger-client' });
    this.recovery = new LedgerRecovery({ ledgers: this.ledgers, bookies: this.bookies, logger: this.logger });
  }

  /** A new OPEN ledger on ensembleSize writable bookies; NOT_ENOUGH_BOOKIES when there are fewer. */
  async create(options: LedgerOptions): Promise<LedgerWriter> {
    validateLedgerOptions(options);
    const ensemble = await chooseBookies(this.bookies, options.ensembleSize);
    const ledgerId = await this.ledgers.nextLedgerId();
    const masterKey = randomBytes(MASTER_KEY_BYTES);
    const metadata: LedgerMetadata = {
      ledgerId,
      ensembleSize: options.ensembleSize,
      writeQuorum: options.writeQuorum,
      ackQuorum: options.ackQuorum,
      state: 'OPEN',
      lastEntryId: -1,
      length: 0,
      ensembles: [{ firstEntryId: 0, bookies: ensemble }],
      masterKey: masterKey.toString('hex'),
      createdAt: Date.now(),
      properties: { ...options.properties },
    };
    const created = await this.ledgers.create(metadata);
    const logger = this.logger.child({ ledgerId });
    logger.info({ ensemble }, 'ledger created');
    return new LedgerHandleWriter({ created, masterKey, ledgers: this.ledgers, bookies: this.bookies, logger });
  }

  /**
   * A read handle. With `recover` an unclosed ledger is fenced, its tail recovered and closed first;
   * without, an unclosed ledger reads up to the LAC its bookies report now.
   */
  async open(ledgerId: number, options: OpenLedgerOptions): Promise<LedgerReader> {
    validateLedgerId(ledgerId);
    const metadata = options.recover
      ? await this.recovery.recover(ledgerId)
      : (await this.ledgers.read(ledgerId)).metadata;
    const lastEntryId =
      metadata.state === 'CLOSED' ? metadata.lastEntryId : await readLastAddConfirmed(this.bookies, metadata);
    const logger = this.logger.child({ ledgerId });
    return new LedgerHandleReader({ metadata, lastEntryId, bookies: this.bookies, logger });
  }

  /** LEDGER_NOT_FOUND when there is no such ledger. */
  async getMetadata(ledgerId: number): Promise<LedgerMetadata> {
    validateLedgerId(ledgerId);
    return (await this.ledgers.read(ledgerId)).metadata;
  }

  /**
   * Deletes the ledger's metadata; LEDGER_NOT_FOUND when there is none. Each bookie's garbage
   * collector then finds the ledger gone and reclaims its entries (see storage/GarbageCollector).
   */
  async delete(ledgerId: number): Promise<void> {
    validateLedgerId(ledgerId);
    await this.ledgers.delete(ledgerId);
    this.logger.info({ ledgerId }, 'ledger deleted');
  }
}
