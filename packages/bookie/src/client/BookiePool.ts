import type { BookieClient } from './BookieClient.js';

/** The bookies a ledger client may place ledgers on, and how to reach each one. */
export interface BookiePool {
  /** Ids of the bookies accepting writes now. */
  writableBookies(): Promise<string[]>;
  /** A client for the bookie with this id; the pool owns and caches it. */
  client(id: string): BookieClient;
  close(): Promise<void>;
}
