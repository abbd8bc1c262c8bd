/**
 * What a bookie publishes about itself in the metadata store, one key per bookie:
 * `/brook/bookies/<id>` holding JSON `BookieInfo`, bound to the bookie's session so the key goes
 * when the bookie does. The id is the bookie's advertised address (`host:port`), which is also how
 * ledger metadata names it in ensembles, so a ledger written years ago still finds its bookies.
 */
export const BOOKIES_PREFIX = '/brook/bookies/';

/** `writable` bookies take new ledgers and ensemble changes; `readonly` ones only serve reads. */
export type BookieState = 'writable' | 'readonly';

export interface BookieInfo {
  id: string;
  /** `host:port` of the bookie's gRPC service. */
  address: string;
  state: BookieState;
  /**
   * Of the ledger directory's file system: size and free space; `usedBytes` is what the bookie's own
   * ledger directory (entry logs and index) takes, which garbage collection brings down.
   */
  disk: { totalBytes: number; freeBytes: number; usedBytes?: number };
  /** When the bookie wrote this record (ms since the epoch). */
  updatedAt: number;
}

export function bookieKey(id: string): string {
  return `${BOOKIES_PREFIX}${id}`;
}

export function encodeBookieInfo(info: BookieInfo): Buffer {
  return Buffer.from(JSON.stringify(info));
}

/** The record, or undefined when the bytes are not a valid BookieInfo (a newer or foreign writer). */
export function decodeBookieInfo(value: Uint8Array): BookieInfo | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, address, state, disk, updatedAt } = parsed as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof address !== 'string' || address === '') return undefined;
  if (state !== 'writable' && state !== 'readonly') return undefined;
  if (typeof disk !== 'object' || disk === null) return undefined;
  const { totalBytes, freeBytes } = disk as Record<string, unknown>;
  if (typeof totalBytes !== 'number' || typeof freeBytes !== 'number' || typeof updatedAt !== 'number') {
    return undefined;
  }
  const { usedBytes } = disk as Record<string, unknown>;
  const used = typeof usedBytes === 'number' ? { usedBytes } : {};
  return { id, address, state, disk: { totalBytes, freeBytes, ...used }, updatedAt };
}
