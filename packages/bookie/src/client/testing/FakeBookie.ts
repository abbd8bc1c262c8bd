import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import type { AddEntryRequest, BookieClient, LedgerTail, ReadEntriesRequest, StoredEntry } from '../BookieClient.js';

/**
 * What the fake does with an add: store and acknowledge; store but never answer (a lost ack); drop
 * it unanswered (a lost request); or hold it, unstored, until the test releases it.
 */
export type AddMode = 'ack' | 'store-silently' | 'drop' | 'hold';

export interface HeldAdd {
  readonly request: AddEntryRequest;
  /** Stores the entry now (fencing applies) and answers the add. */
  release(): void;
  /** Answers the add with this error, storing nothing. */
  fail(error: BrookError): void;
}

interface FakeLedger {
  readonly entries: Map<number, StoredEntry>;
  fenced: boolean;
  lac: number;
}

/** An in-memory bookie for ledger client tests, with the storage rules of a real one. */
export class FakeBookie implements BookieClient {
  addMode: AddMode = 'ack';
  /** When set, every request fails with it. */
  failure: BrookError | undefined;
  /** Every add received, in arrival order. */
  readonly adds: AddEntryRequest[] = [];
  /** Every read received, in arrival order. */
  readonly reads: ReadEntriesRequest[] = [];
  readonly held: HeldAdd[] = [];
  private readonly ledgers = new Map<number, FakeLedger>();

  constructor(readonly id: string) {}

  add(request: AddEntryRequest): Promise<void> {
    this.adds.push(request);
    switch (this.addMode) {
      case 'ack':
        return this.run(() => this.store(request));
      case 'store-silently':
        this.store(request);
        return new Promise(() => undefined);
      case 'drop':
        return new Promise(() => undefined);
      case 'hold':
        return new Promise((resolve, reject) => {
          this.held.push({
            request,
            release: () => this.run(() => this.store(request)).then(resolve, reject),
            fail: reject,
          });
        });
    }
  }

  /** As the real bookie: LEDGER_NOT_FOUND for an unknown ledger, ENTRY_NOT_FOUND when the first entry is missing. */
  async read(request: ReadEntriesRequest): Promise<StoredEntry[]> {
    this.reads.push(request);
    return this.run(() => {
      const ledger = this.known(request.ledgerId);
      const found: StoredEntry[] = [];
      for (let entryId = request.firstEntryId; entryId <= request.lastEntryId; entryId++) {
        const entry = ledger.entries.get(entryId);
        if (entry === undefined) break;
        found.push({ ...entry, data: Buffer.from(entry.data) });
      }
      if (found.length === 0) {
        throw new BrookError(ErrorCode.EntryNotFound, `entry ${request.ledgerId}:${request.firstEntryId} not found`);
      }
      return found;
    });
  }

  async readLac(ledgerId: number): Promise<LedgerTail> {
    return this.run(() => this.tailOf(this.known(ledgerId)));
  }

  async fence(ledgerId: number, _masterKey: Buffer): Promise<LedgerTail> {
    return this.run(() => {
      const ledger = this.ledger(ledgerId);
      ledger.fenced = true;
      return this.tailOf(ledger);
    });
  }

  async close(): Promise<void> {}

  /** Releases every held add, in arrival order, and acknowledges later adds at once. */
  releaseAll(): void {
    this.addMode = 'ack';
    for (const held of this.held.splice(0)) held.release();
  }

  /** Releases the held add of this entry. */
  release(entryId: number): void {
    const index = this.held.findIndex((held) => held.request.entryId === entryId);
    const [held] = this.held.splice(index, 1);
    if (index < 0 || held === undefined) throw new Error(`no held add for entry ${entryId} on ${this.id}`);
    held.release();
  }

  storedEntryIds(ledgerId: number): number[] {
    return [...(this.ledgers.get(ledgerId)?.entries.keys() ?? [])].sort((a, b) => a - b);
  }

  isFenced(ledgerId: number): boolean {
    return this.ledgers.get(ledgerId)?.fenced ?? false;
  }

  /** Flips a byte of a stored entry, keeping its checksum. */
  corrupt(ledgerId: number, entryId: number): void {
    const entry = this.ledgers.get(ledgerId)?.entries.get(entryId);
    if (entry === undefined) throw new Error(`entry ${ledgerId}:${entryId} is not on ${this.id}`);
    const data = Buffer.from(entry.data);
    data[data.length - 1] = (data[data.length - 1] ?? 0) ^ 0xff;
    this.ledgers.get(ledgerId)?.entries.set(entryId, { ...entry, data });
  }

  private store(request: AddEntryRequest): void {
    const ledger = this.ledger(request.ledgerId);
    if (ledger.fenced && request.recovery !== true) throw new LedgerFencedError(request.ledgerId);
    const data = Buffer.concat(request.data);
    ledger.entries.set(request.entryId, { entryId: request.entryId, data, crc32c: request.crc32c });
    ledger.lac = Math.max(ledger.lac, request.lac);
  }

  private async run<T>(operation: () => T): Promise<T> {
    if (this.failure !== undefined) throw this.failure;
    return operation();
  }

  private known(ledgerId: number): FakeLedger {
    const ledger = this.ledgers.get(ledgerId);
    if (ledger === undefined) throw new BrookError(ErrorCode.LedgerNotFound, `ledger ${ledgerId} not on ${this.id}`);
    return ledger;
  }

  private ledger(ledgerId: number): FakeLedger {
    let ledger = this.ledgers.get(ledgerId);
    if (ledger === undefined) {
      ledger = { entries: new Map(), fenced: false, lac: -1 };
      this.ledgers.set(ledgerId, ledger);
    }
    return ledger;
  }

  private tailOf(ledger: FakeLedger): LedgerTail {
    return { lac: ledger.lac, lastEntryId: Math.max(-1, ...ledger.entries.keys()) };
  }
}
