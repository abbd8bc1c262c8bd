import { BrookError, ErrorCode } from '@brook/protocol';
import type { Bookie } from '../Bookie.js';
import type { AddEntryRequest, BookieClient, LedgerTail, ReadEntriesRequest, StoredEntry } from './BookieClient.js';

/**
 * A BookieClient that calls a Bookie in the same process (standalone). It does not own the
 * bookie: `close()` only stops this client (later calls reject ALREADY_CLOSED).
 * Entry data handed to `add` is kept by reference (no copy) until flushed; do not reuse it.
 */
export class LocalBookieClient implements BookieClient {
  readonly id: string;
  private closed = false;

  constructor(
    private readonly bookie: Bookie,
    options: { id?: string } = {},
  ) {
    this.id = options.id ?? 'local';
  }

  async add(request: AddEntryRequest): Promise<void> {
    return this.open().addEntry(request);
  }

  async read(request: ReadEntriesRequest): Promise<StoredEntry[]> {
    return this.open().read(request);
  }

  async readLac(ledgerId: number): Promise<LedgerTail> {
    return this.open().readLac(ledgerId);
  }

  async fence(ledgerId: number, masterKey: Buffer): Promise<LedgerTail> {
    return this.open().fence(ledgerId, masterKey);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private open(): Bookie {
    if (this.closed) throw new BrookError(ErrorCode.AlreadyClosed, `bookie client ${this.id} is closed`);
    return this.bookie;
  }
}
