import { writeU64 } from '../journal/bytes.js';
import type { KeyValueOp, KeyValueStorage } from './KeyValueStorage.js';
import { ledgerKey, PREFIX_LEDGER, readU64 } from './keys.js';

/** What a bookie knows of one ledger. */
export interface LedgerState {
  readonly fenced: boolean;
  readonly masterKey: Buffer;
  /** Highest LAC seen on adds; -1 = none. */
  readonly lac: number;
  /** Highest entry id stored; -1 = none. */
  readonly lastEntryId: number;
}

/**
 * Per-ledger state (exists, fenced, master key, LAC, last entry), all held in memory and loaded
 * at start. Rules: every change is first journaled by the caller (add and fence records carry
 * it), so changes reach RocksDB lazily: `takeDirtyOps` hands the changed ledgers to the next
 * flush batch. Fenced only goes false → true; LAC and last entry only grow.
 * Value: [u8 version=1][u8 flags: 1=fenced][u64 lac+1][u64 lastEntryId+1][u16 keyLength][masterKey].
 */
export class LedgerMetadataIndex {
  private readonly ledgers = new Map<number, LedgerState>();
  private dirty = new Set<number>();

  static async load(kv: KeyValueStorage): Promise<LedgerMetadataIndex> {
    const index = new LedgerMetadataIndex();
    const range = { gte: Buffer.from([PREFIX_LEDGER]), lt: Buffer.from([PREFIX_LEDGER + 1]) };
    for await (const [key, value] of kv.scan(range)) index.ledgers.set(readU64(key, 1), decode(value));
    return index;
  }

  get(ledgerId: number): LedgerState | undefined {
    return this.ledgers.get(ledgerId);
  }

  get size(): number {
    return this.ledgers.size;
  }

  /** Ids of every ledger this bookie stores. */
  ids(): number[] {
    return [...this.ledgers.keys()];
  }

  /** The ledger's state, created with this master key if the bookie has not seen it. */
  getOrCreate(ledgerId: number, masterKey: Buffer): LedgerState {
    let state = this.ledgers.get(ledgerId);
    if (!state) {
      state = { fenced: false, masterKey: Buffer.from(masterKey), lac: -1, lastEntryId: -1 };
      this.set(ledgerId, state);
    }
    return state;
  }

  setFenced(ledgerId: number, masterKey: Buffer): LedgerState {
    const state = this.getOrCreate(ledgerId, masterKey);
    return state.fenced ? state : this.set(ledgerId, { ...state, fenced: true });
  }

  /** Hot path (every add): updates in place instead of allocating a new state. */
  recordEntry(ledgerId: number, masterKey: Buffer, entryId: number, lac: number): void {
    const state = this.getOrCreate(ledgerId, masterKey) as Mutable<LedgerState>;
    if (entryId > state.lastEntryId || lac > state.lac) {
      state.lastEntryId = Math.max(entryId, state.lastEntryId);
      state.lac = Math.max(lac, state.lac);
      this.dirty.add(ledgerId);
    }
  }

  delete(ledgerId: number): KeyValueOp {
    this.ledgers.delete(ledgerId);
    this.dirty.delete(ledgerId);
    return { type: 'del', key: ledgerKey(ledgerId) };
  }

  /** Puts for every ledger changed since the last call; `restoreDirty` if they were not written. */
  takeDirtyOps(): { ops: KeyValueOp[]; ledgerIds: number[] } {
    const ledgerIds = [...this.dirty];
    this.dirty = new Set();
    const ops: KeyValueOp[] = [];
    for (const ledgerId of ledgerIds) {
      const state = this.ledgers.get(ledgerId);
      if (state) ops.push({ type: 'put', key: ledgerKey(ledgerId), value: encode(state) });
    }
    return { ops, ledgerIds };
  }

  restoreDirty(ledgerIds: readonly number[]): void {
    for (const ledgerId of ledgerIds) if (this.ledgers.has(ledgerId)) this.dirty.add(ledgerId);
  }

  private set(ledgerId: number, state: LedgerState): LedgerState {
    this.ledgers.set(ledgerId, state);
    this.dirty.add(ledgerId);
    return state;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function encode(state: LedgerState): Buffer {
  const buf = Buffer.allocUnsafe(20 + state.masterKey.length);
  buf[0] = 1;
  buf[1] = state.fenced ? 1 : 0;
  writeU64(buf, state.lac + 1, 2);
  writeU64(buf, state.lastEntryId + 1, 10);
  buf.writeUInt16BE(state.masterKey.length, 18);
  state.masterKey.copy(buf, 20);
  return buf;
}

function decode(buf: Buffer): LedgerState {
  if (buf[0] !== 1) throw new Error(`unknown ledger state version ${buf[0]}`);
  const keyLength = buf.readUInt16BE(18);
  return {
    fenced: (buf[1]! & 1) === 1,
    lac: readU64(buf, 2) - 1,
    lastEntryId: readU64(buf, 10) - 1,
    masterKey: Buffer.from(buf.subarray(20, 20 + keyLength)),
  };
}
