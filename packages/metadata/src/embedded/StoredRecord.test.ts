import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { expectBrookError } from '../testing/conformance/expectations.js';
import { decodeRevision, decodeStoredRecord, encodeRevision, encodeStoredRecord } from './StoredRecord.js';

describe('the on-disk record format', () => {
  it('is pinned: format, version, createVersion, session id, value', () => {
    const record = { value: Buffer.from('v'), version: 7, createVersion: 3, sessionId: 'ab' };
    const golden = '01' + '0000000000000007' + '0000000000000003' + '0002' + '6162' + '76';
    expect(encodeStoredRecord(record).toString('hex')).toBe(golden);
    expect(decodeStoredRecord(Buffer.from(golden, 'hex'))).toEqual(record);
  });

  it('stores a key without a session with a zero-length session id', () => {
    const record = { value: Buffer.alloc(0), version: 1, createVersion: 1 };
    expect(encodeStoredRecord(record).toString('hex')).toBe('01000000000000000100000000000000010000');
    expect(decodeStoredRecord(encodeStoredRecord(record))).toEqual(record);
  });

  it('pins the revision as a u64 big-endian', () => {
    expect(encodeRevision(258).toString('hex')).toBe('0000000000000102');
    expect(decodeRevision(encodeRevision(2 ** 40))).toBe(2 ** 40);
  });

  it('refuses an unknown format or a truncated record', async () => {
    await expectBrookError(() => decodeStoredRecord(Buffer.from('02', 'hex')), ErrorCode.Internal);
    const truncated = encodeStoredRecord({ value: Buffer.alloc(0), version: 1, createVersion: 1, sessionId: 'abc' });
    await expectBrookError(() => decodeStoredRecord(truncated.subarray(0, 20)), ErrorCode.Internal);
  });
});
