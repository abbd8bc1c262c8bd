import type { Logger } from 'pino';
import { AddPipeline } from './AddPipeline.js';
import type { BookiePool } from './BookiePool.js';
import type { LedgerMetadata } from './LedgerMetadata.js';
import type { LedgerMetadataStore } from './LedgerMetadataStore.js';
import { LedgerHandleReader } from './LedgerHandleReader.js';
import { fenceLedger } from './LedgerTails.js';
import { readForRecovery } from './RecoveryRead.js';
import { lastFragment } from './WriteSet.js';

export interface LedgerRecoveryOptions {
  ledgers: LedgerMetadataStore;
  bookies: BookiePool;
  logger: Logger;
}

interface RecoveredTail {
  lastEntryId: number;
  length: number;
}

/**
 * Closes a ledger whose writer may still be alive (BookKeeper recovery): mark it IN_RECOVERY, fence
 * it on the last fragment's bookies, then from the highest LAC they report read forward entry by
 * entry until one is missing, write each entry found back to its whole write set with recovery adds,
 * and record CLOSED with the last entry and length. Every step is idempotent, so concurrent
 * recoveries converge: whichever closes first wins and the others adopt its metadata.
 */
export class LedgerRecovery {
  constructor(private readonly options: LedgerRecoveryOptions) {}

  /** Resolves with the CLOSED metadata of the ledger. */
  async recover(ledgerId: number): Promise<LedgerMetadata> {
    const { ledgers, logger } = this.options;
    let current = await ledgers.read(ledgerId);
    for (;;) {
      current = await ledgers.update(current, (metadata) =>
        metadata.state === 'OPEN' ? { ...metadata, state: 'IN_RECOVERY' } : undefined,
      );
      if (current.metadata.state === 'CLOSED') return current.metadata;
      const recovering = current.metadata;
      const tail = await this.recoverTail(recovering);
      current = await ledgers.update(current, (metadata) =>
        metadata.state === 'CLOSED' || !sameEnsembles(metadata, recovering)
          ? undefined
          : { ...metadata, state: 'CLOSED', lastEntryId: tail.lastEntryId, length: tail.length },
      );
      if (current.metadata.state === 'CLOSED') {
        logger.info(
          { ledgerId, lastEntryId: current.metadata.lastEntryId, length: current.metadata.length },
          'ledger recovered',
        );
        return current.metadata;
      }
      logger.info({ ledgerId }, 'ensembles changed during recovery, recovering again');
    }
  }

  private async recoverTail(metadata: LedgerMetadata): Promise<RecoveredTail> {
    const { bookies, logger } = this.options;
    const lac = await fenceLedger(bookies, metadata);
    const fragment = lastFragment(metadata);
    const pipeline = new AddPipeline({
      ledgerId: metadata.ledgerId,
      masterKey: Buffer.from(metadata.masterKey, 'hex'),
      ensembleSize: metadata.ensembleSize,
      writeQuorum: metadata.writeQuorum,
      ackQuorum: metadata.ackQuorum,
      ensemble: fragment.bookies,
      bookies,
      lastAddConfirmed: lac,
      length: await this.lengthThrough(metadata, lac),
      recovery: true,
      logger,
    });
    let lastAdd: Promise<number> | undefined;
    for (let entryId = lac + 1; pipeline.failed === undefined; entryId++) {
      const entry = await readForRecovery(bookies, metadata, fragment, entryId);
      if (entry === undefined) break;
      lastAdd = pipeline.add([entry.payload]);
      lastAdd.catch(() => undefined);
    }
    // Adds complete in order and a failure fails every later add: the last one answers for all.
    await lastAdd;
    return { lastEntryId: pipeline.lastAddConfirmed, length: pipeline.length };
  }

  /** The ledger's payload length through `entryId`, from that entry's frame. */
  private async lengthThrough(metadata: LedgerMetadata, entryId: number): Promise<number> {
    if (entryId < 0) return 0;
    const { bookies, logger } = this.options;
    const reader = new LedgerHandleReader({ metadata, lastEntryId: entryId, bookies, logger });
    const [entry] = await reader.readFramed(entryId, entryId);
    return entry!.lengthThroughEntry;
  }
}

function sameEnsembles(a: LedgerMetadata, b: LedgerMetadata): boolean {
  return JSON.stringify(a.ensembles) === JSON.stringify(b.ensembles);
}
