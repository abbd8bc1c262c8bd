import { BrookError, ErrorCode } from '@brook/protocol';
import type { BookieClient } from './BookieClient.js';
import type { BookiePool } from './BookiePool.js';

/** A fixed set of bookies, e.g. the one in-process bookie of standalone Brook. */
export class StaticBookiePool implements BookiePool {
  private readonly clients: Map<string, BookieClient>;

  constructor(clients: readonly BookieClient[]) {
    this.clients = new Map(clients.map((c) => [c.id, c]));
  }

  async writableBookies(): Promise<string[]> {
    return [...this.clients.keys()];
  }

  client(id: string): BookieClient {
    const client = this.clients.get(id);
    if (!client) throw new BrookError(ErrorCode.Unavailable, `unknown bookie ${id}`);
    return client;
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.close()));
  }
}
