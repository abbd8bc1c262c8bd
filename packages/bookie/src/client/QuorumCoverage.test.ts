import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { awaitCoverage } from './QuorumCoverage.js';

const never = new Promise<string>(() => undefined);

describe('awaitCoverage', () => {
  it('resolves once every write set has enough answers, without waiting for the rest', async () => {
    // E=3, Qw=2, Qa=2: write sets {0,1} {1,2} {2,0}; one answer each suffices, so bookies 0 and 2 do.
    const answers = await awaitCoverage(['a', 'b', 'c'], 2, 1, (id) => (id === 'b' ? never : Promise.resolve(id)));
    expect(answers.sort()).toEqual(['a', 'c']);
  });

  it('rejects once some write set can no longer be covered', async () => {
    // E=3, Qw=3, Qa=2: two answers needed; two failures make that impossible.
    const failure = new BrookError(ErrorCode.Unavailable, 'down');
    const result = awaitCoverage(['a', 'b', 'c'], 3, 2, (id) => (id === 'a' ? never : Promise.reject(failure)));
    await expect(result).rejects.toBe(failure);
  });
});
