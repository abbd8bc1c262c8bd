import { readU64, writeU64 } from '../journal/bytes.js';

/**
 * The key space of the bookie's one RocksDB, by one-byte prefix:
 *   0x01 ledgerId u64 BE, entryId u64 BE  → entry location u64 BE           (EntryLocationIndex)
 *   0x02 ledgerId u64 BE                  → ledger state                    (LedgerMetadataIndex)
 *   0x03                                  → journal checkpoint: fileId u64 BE, offset u64 BE
 */
export const PREFIX_ENTRY = 0x01;
export const PREFIX_LEDGER = 0x02;
export const CHECKPOINT_KEY = Buffer.from([0x03]);

export function entryKey(ledgerId: number, entryId: number): Buffer {
  const key = Buffer.allocUnsafe(17);
  key[0] = PREFIX_ENTRY;
  writeU64(key, ledgerId, 1);
  writeU64(key, entryId, 9);
  return key;
}

export function ledgerKey(ledgerId: number): Buffer {
  const key = Buffer.allocUnsafe(9);
  key[0] = PREFIX_LEDGER;
  writeU64(key, ledgerId, 1);
  return key;
}

export function u64Value(value: number): Buffer {
  const buf = Buffer.allocUnsafe(8);
  writeU64(buf, value, 0);
  return buf;
}

export { readU64 };
