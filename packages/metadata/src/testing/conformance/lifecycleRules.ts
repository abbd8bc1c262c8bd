import { ErrorCode } from '@brook/protocol';
import { describe, it } from 'vitest';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes, expectBrookError } from './expectations.js';

export function describeLifecycleRules(t: ConformanceHarness): void {
  describe('lifecycle', () => {
    it('close is idempotent, also when called concurrently', async () => {
      await Promise.all([t.store.close(), t.store.close()]);
      await t.store.close();
    });

    it('every operation after close fails with ALREADY_CLOSED', async () => {
      const store = t.store;
      const key = t.key('/k');
      await store.close();
      const closed = ErrorCode.AlreadyClosed;
      await expectBrookError(() => store.get(key), closed);
      await expectBrookError(() => store.list(t.key('/')), closed);
      await expectBrookError(() => store.put(key, bytes('x')), closed);
      await expectBrookError(() => store.delete(key), closed);
      await expectBrookError(() => store.deletePrefix(t.key('/')), closed);
      await expectBrookError(() => store.txn({ if: [], then: [{ type: 'get', key }] }), closed);
      await expectBrookError(() => store.createSession(), closed);
      await expectBrookError(() => store.watch(t.key('/'))[Symbol.asyncIterator]().next(), closed);
    });
  });
}
