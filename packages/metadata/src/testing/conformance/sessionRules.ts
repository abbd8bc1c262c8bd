import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { ConformanceHarness } from './ConformanceHarness.js';
import { bytes, expectBrookError, iteratorOf, takeEvents, storedText } from './expectations.js';

export function describeSessionRules(t: ConformanceHarness): void {
  describe('sessions', () => {
    it('keys put with a session are deleted when it closes; other keys stay', async () => {
      const session = await t.store.createSession({ ttlMs: 10_000 });
      await t.store.put(t.key('/s/bound'), bytes('x'), { session });
      await t.store.put(t.key('/s/free'), bytes('y'));
      expect(await storedText(t.store, t.key('/s/bound'))).toBe('x');
      await session.close();
      expect((await t.store.list(t.key('/s/'))).map((kv) => kv.key)).toEqual([t.key('/s/free')]);
    });

    it('only the closed session loses its keys', async () => {
      const closed = await t.store.createSession();
      const open = await t.store.createSession();
      expect(closed.id).not.toBe(open.id);
      await t.store.put(t.key('/s/closed'), bytes('x'), { session: closed });
      await t.store.put(t.key('/s/open'), bytes('y'), { session: open });
      await closed.close();
      expect(open.signal.aborted).toBe(false);
      expect((await t.store.list(t.key('/s/'))).map((kv) => kv.key)).toEqual([t.key('/s/open')]);
    });

    it('watches see the deletes of a closed session’s keys', async () => {
      const session = await t.store.createSession();
      const key = t.key('/s/bound');
      await t.store.put(key, bytes('x'), { session });
      const events = iteratorOf(t.store.watch(t.key('/s/')));
      await session.close();
      expect(await takeEvents(events, 1)).toMatchObject([{ type: 'delete', key }]);
    });

    it('closing a session aborts its signal with a SESSION_EXPIRED BrookError', async () => {
      const session = await t.store.createSession();
      expect(session.signal.aborted).toBe(false);
      await session.close();
      expect(session.signal.aborted).toBe(true);
      expect(session.signal.reason).toBeInstanceOf(BrookError);
      expect((session.signal.reason as BrookError).code).toBe(ErrorCode.SessionExpired);
    });

    it('close is idempotent, also when called concurrently', async () => {
      const session = await t.store.createSession();
      await t.store.put(t.key('/s/bound'), bytes('x'), { session });
      await Promise.all([session.close(), session.close()]);
      await session.close();
      expect(await t.store.get(t.key('/s/bound'))).toBeUndefined();
    });

    it('a put with a closed session fails with SESSION_EXPIRED and changes nothing', async () => {
      const session = await t.store.createSession();
      await session.close();
      const key = t.key('/s/late');
      await expectBrookError(() => t.store.put(key, bytes('x'), { session }), ErrorCode.SessionExpired);
      expect(await t.store.get(key)).toBeUndefined();
    });

    it('a put without a session releases the key from its session', async () => {
      const session = await t.store.createSession();
      const key = t.key('/s/released');
      await t.store.put(key, bytes('bound'), { session });
      await t.store.put(key, bytes('free'));
      await session.close();
      expect(await storedText(t.store, key)).toBe('free');
    });

    it('a transaction put with a session binds the key to it', async () => {
      const session = await t.store.createSession();
      const key = t.key('/s/txn');
      await t.store.txn({ if: [{ key, version: 0 }], then: [{ type: 'put', key, value: bytes('x'), session }] });
      expect(await storedText(t.store, key)).toBe('x');
      await session.close();
      expect(await t.store.get(key)).toBeUndefined();
    });

    it('closing the store aborts the signals of its sessions', async () => {
      const session = await t.store.createSession();
      await t.store.close();
      expect(session.signal.aborted).toBe(true);
      expect((session.signal.reason as BrookError).code).toBe(ErrorCode.SessionExpired);
      await session.close();
    });
  });
}
