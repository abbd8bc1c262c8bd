import { BrookError, ErrorCode } from '@brook/protocol';

/** A key's state: its value, the revisions of its last write and of its creation, and its session if bound to one. */
export interface StoredRecord {
  readonly value: Buffer;
  readonly version: number;
  readonly createVersion: number;
  readonly sessionId?: string;
}

/** A key's new state in a write: a record, or undefined when the write deletes it. */
export interface KeyChange {
  readonly key: string;
  readonly record: StoredRecord | undefined;
}

const FORMAT_VERSION = 1;
const HEADER_BYTES = 1 + 8 + 8 + 2;

/**
 * The on-disk form of a record: format (u8 = 1), version (u64 BE), createVersion (u64 BE),
 * session id length (u16 BE, 0 = no session), session id (UTF-8), then the value's bytes.
 */
export function encodeStoredRecord(record: StoredRecord): Buffer {
  const sessionId = Buffer.from(record.sessionId ?? '', 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(FORMAT_VERSION, 0);
  header.writeBigUInt64BE(BigInt(record.version), 1);
  header.writeBigUInt64BE(BigInt(record.createVersion), 9);
  header.writeUInt16BE(sessionId.length, 17);
  return Buffer.concat([header, sessionId, record.value]);
}

export function decodeStoredRecord(bytes: Buffer): StoredRecord {
  if (bytes.length < HEADER_BYTES || bytes.readUInt8(0) !== FORMAT_VERSION) {
    throw new BrookError(ErrorCode.Internal, 'metadata record has an unknown format');
  }
  const sessionIdEnd = HEADER_BYTES + bytes.readUInt16BE(17);
  if (bytes.length < sessionIdEnd) throw new BrookError(ErrorCode.Internal, 'metadata record is truncated');
  const record = {
    value: Buffer.from(bytes.subarray(sessionIdEnd)),
    version: Number(bytes.readBigUInt64BE(1)),
    createVersion: Number(bytes.readBigUInt64BE(9)),
  };
  const sessionId = bytes.toString('utf8', HEADER_BYTES, sessionIdEnd);
  return sessionId === '' ? record : { ...record, sessionId };
}

export function encodeRevision(revision: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(revision));
  return bytes;
}

export function decodeRevision(bytes: Buffer): number {
  if (bytes.length !== 8) throw new BrookError(ErrorCode.Internal, 'metadata revision record is malformed');
  return Number(bytes.readBigUInt64BE());
}
