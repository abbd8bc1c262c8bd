import { BrookError, ErrorCode } from '@brook/protocol';
import type { Fragment, LedgerMetadata, LedgerState } from './LedgerMetadata.js';

/** LedgerMetadata as stored at `/brook/ledgers/<id>`: UTF-8 JSON, validated when read. */
export function encodeLedgerMetadata(metadata: LedgerMetadata): Buffer {
  return Buffer.from(JSON.stringify(metadata));
}

export function decodeLedgerMetadata(key: string, value: Buffer): LedgerMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(value.toString('utf8'));
  } catch (error) {
    throw malformed(key, 'not JSON', error);
  }
  if (typeof raw !== 'object' || raw === null) throw malformed(key, 'not an object');
  const record = raw as Record<string, unknown>;
  const metadata: LedgerMetadata = {
    ledgerId: integer(key, record, 'ledgerId'),
    ensembleSize: integer(key, record, 'ensembleSize'),
    writeQuorum: integer(key, record, 'writeQuorum'),
    ackQuorum: integer(key, record, 'ackQuorum'),
    state: state(key, record.state),
    lastEntryId: integer(key, record, 'lastEntryId'),
    length: integer(key, record, 'length'),
    ensembles: fragments(key, record.ensembles),
    masterKey: string(key, record, 'masterKey'),
    createdAt: integer(key, record, 'createdAt'),
    properties: properties(key, record.properties),
  };
  if (metadata.ensembles.length === 0) throw malformed(key, 'no ensembles');
  return metadata;
}

const states: readonly LedgerState[] = ['OPEN', 'IN_RECOVERY', 'CLOSED'];

function state(key: string, value: unknown): LedgerState {
  const found = states.find((candidate) => candidate === value);
  if (found === undefined) throw malformed(key, 'state');
  return found;
}

function integer(key: string, record: Record<string, unknown>, field: string): number {
  const value = record[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw malformed(key, field);
  return value;
}

function string(key: string, record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (typeof value !== 'string') throw malformed(key, field);
  return value;
}

function fragments(key: string, value: unknown): Fragment[] {
  if (!Array.isArray(value)) throw malformed(key, 'ensembles');
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw malformed(key, 'ensembles');
    const record = item as Record<string, unknown>;
    const bookies = record.bookies;
    if (!Array.isArray(bookies) || !bookies.every((b): b is string => typeof b === 'string')) {
      throw malformed(key, 'ensembles.bookies');
    }
    return { firstEntryId: integer(key, record, 'firstEntryId'), bookies };
  });
}

function properties(key: string, value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) throw malformed(key, 'properties');
  const result: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw malformed(key, `properties.${name}`);
    result[name] = item;
  }
  return result;
}

function malformed(key: string, field: string, cause?: unknown): BrookError {
  return new BrookError(ErrorCode.Internal, `malformed ledger metadata at ${key}: ${field}`, { cause });
}
