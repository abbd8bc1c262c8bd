import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { BOOKIE_DEFAULTS, parseBookieConfig } from './config.js';

describe('parseBookieConfig', () => {
  it('fills every field from the defaults', () => {
    expect(parseBookieConfig({})).toEqual(BOOKIE_DEFAULTS);
    expect(parseBookieConfig({ grpc: { port: 0 }, journal: { maxGroupBytes: 1024 } })).toMatchObject({
      grpc: { host: '0.0.0.0', port: 0 },
      journal: { maxGroupBytes: 1024, maxQueuedBytes: BOOKIE_DEFAULTS.journal.maxQueuedBytes },
    });
  });

  it('names the offending field', () => {
    expect(() => parseBookieConfig({ grpc: { port: 70_000 } })).toThrow(/grpc\.port/);
    expect(() => parseBookieConfig({ journalDir: '' })).toThrow(/journalDir/);
    expect(() => parseBookieConfig({ journal: { maxGroupBytes: 10, maxQueuedBytes: 5 } })).toThrow(
      /journal\.maxQueuedBytes/,
    );
    expect(() => parseBookieConfig({ entryLogSizeLimit: 2 ** 33 })).toThrow(
      expect.objectContaining({ code: ErrorCode.InvalidConfig }),
    );
  });
});
