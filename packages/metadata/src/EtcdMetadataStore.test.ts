import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { type BrookError, ErrorCode } from '@brook/protocol';
import { Etcd3 } from 'etcd3';
import { afterAll, describe, expect, it } from 'vitest';
import { EtcdProcess } from '../../../test/harness/EtcdProcess.js';
import { EtcdMetadataStore } from './EtcdMetadataStore.js';
import { bytes, expectBrookError, iteratorOf, takeEvents } from './testing/conformance/expectations.js';
import { describeMetadataStoreConformance } from './testing/metadataStoreConformance.js';
import { PausableTcpProxy } from './testing/PausableTcpProxy.js';

// One etcd for this file, started while the file loads rather than in beforeAll: the conformance
// suite asks its factory whether stores can be reopened while tests are collected, before hooks run.
const etcd = await EtcdProcess.start();
afterAll(() => etcd.close());

const freshPrefix = () => `/brook-test-${randomUUID()}`;

function connect(prefix = freshPrefix(), endpoint = etcd.endpoint): Promise<EtcdMetadataStore> {
  return EtcdMetadataStore.connect({ endpoints: [endpoint], prefix, requestTimeoutMs: 2_000 });
}

describeMetadataStoreConformance('EtcdMetadataStore', async () => {
  const prefix = freshPrefix();
  return { store: await connect(prefix), reopen: () => connect(prefix) };
});

describe('EtcdMetadataStore on a real etcd', () => {
  it('keeps stores with different prefixes apart, and stores keys under its prefix in etcd', async () => {
    const prefix = freshPrefix();
    await using mine = await connect(prefix);
    await using theirs = await connect();
    await mine.put('/k', bytes('mine'));
    expect(await theirs.get('/k')).toBeUndefined();
    expect(await theirs.list('')).toEqual([]);
    expect(await theirs.deletePrefix('')).toBe(0);
    const raw = new Etcd3({ hosts: etcd.endpoint });
    try {
      expect(await raw.get(`${prefix}/k`).string()).toBe('mine');
    } finally {
      raw.close();
    }
  });

  it('a session whose keep-alives stop reaching etcd is lost before etcd expires its lease and deletes its keys', async () => {
    const proxy = await PausableTcpProxy.start(etcd.endpoint);
    const prefix = freshPrefix();
    const partitioned = await connect(prefix, proxy.endpoint);
    const observer = await connect(prefix);
    try {
      const session = await partitioned.createSession({ ttlMs: 1_000 });
      await partitioned.put('/owner', bytes('me'), { session });
      expect(await observer.get('/owner')).toMatchObject({ value: bytes('me') });
      const events = iteratorOf(observer.watch('/owner'));
      proxy.pause();
      expect(await takeEvents(events, 1)).toMatchObject([{ type: 'delete', key: '/owner' }]);
      expect(session.signal.aborted).toBe(true);
      expect((session.signal.reason as BrookError).code).toBe(ErrorCode.SessionExpired);
    } finally {
      proxy.resume();
      await Promise.all([partitioned.close(), observer.close()]);
      await proxy.close();
    }
  });

  it('a session whose lease is revoked in etcd is lost: its signal aborts and writes with it fail', async () => {
    await using store = await connect();
    const session = await store.createSession({ ttlMs: 1_000 });
    await store.put('/bound', bytes('x'), { session });
    const raw = new Etcd3({ hosts: etcd.endpoint });
    try {
      await raw.leaseClient.leaseRevoke({ ID: BigInt(`0x${session.id}`).toString() });
    } finally {
      raw.close();
    }
    expect((await abortReason(session.signal)).code).toBe(ErrorCode.SessionExpired);
    expect(await store.get('/bound')).toBeUndefined();
    await expectBrookError(() => store.put('/bound', bytes('y'), { session }), ErrorCode.SessionExpired);
  });

  it('serves again after etcd is killed with SIGKILL and restarted; a session it declared lost stays lost', async () => {
    const own = await EtcdProcess.start();
    try {
      await using store = await EtcdMetadataStore.connect({ endpoints: [own.endpoint], requestTimeoutMs: 1_000 });
      const session = await store.createSession({ ttlMs: 1_000 });
      await store.put('/owner', bytes('me'), { session });
      await store.put('/free', bytes('kept'));
      const events = iteratorOf(store.watch('/'));

      await own.kill('SIGKILL');
      expect((await abortReason(session.signal)).code).toBe(ErrorCode.SessionExpired);
      await expectBrookError(() => store.get('/free'), ErrorCode.Unavailable);
      await own.restart();

      expect(await eventually(() => store.get('/free'))).toMatchObject({ value: bytes('kept') });
      // etcd restored the lease with a fresh TTL; the store revokes it instead of keeping it alive,
      // and the watch, reconnected on its own, sees the key go.
      expect(await takeEvents(events, 1)).toMatchObject([{ type: 'delete', key: '/owner' }]);
      expect(session.signal.aborted).toBe(true);
      await expectBrookError(() => store.put('/owner', bytes('again'), { session }), ErrorCode.SessionExpired);

      const successor = await store.createSession({ ttlMs: 1_000 });
      await store.put('/owner', bytes('successor'), { session: successor, expectedVersion: 0 });
      expect(await takeEvents(events, 1)).toMatchObject([{ type: 'put', key: '/owner', value: bytes('successor') }]);
    } finally {
      await own.close();
    }
  }, 20_000);

  it('rejects bad options with INVALID_CONFIG, and an etcd that does not answer with UNAVAILABLE', async () => {
    await expectBrookError(() => EtcdMetadataStore.connect({ endpoints: [] }), ErrorCode.InvalidConfig);
    await expectBrookError(() => EtcdMetadataStore.connect({ endpoints: ['127.0.0.1:2379'] }), ErrorCode.InvalidConfig);
    await expectBrookError(
      () => EtcdMetadataStore.connect({ endpoints: [etcd.endpoint], dialTimeoutMs: 0 }),
      ErrorCode.InvalidConfig,
    );
    const nobody = `http://127.0.0.1:${await closedPort()}`;
    await expectBrookError(
      () => EtcdMetadataStore.connect({ endpoints: [nobody], dialTimeoutMs: 300 }),
      ErrorCode.Unavailable,
    );
  });

  it('grants a lease of the TTL rounded up to whole seconds, and rejects a TTL that is not positive', async () => {
    await using store = await connect();
    const raw = new Etcd3({ hosts: etcd.endpoint });
    try {
      for (const [ttlMs, seconds] of [
        [1, '1'],
        [1_500, '2'],
      ] as const) {
        const session = await store.createSession({ ttlMs });
        const lease = await raw.leaseClient.leaseTimeToLive({ ID: BigInt(`0x${session.id}`).toString() });
        expect(lease.grantedTTL).toBe(seconds);
        await session.close();
      }
    } finally {
      raw.close();
    }
    await expectBrookError(() => store.createSession({ ttlMs: 0 }), ErrorCode.InvalidArgument);
  });
});

function abortReason(signal: AbortSignal): Promise<BrookError> {
  if (signal.aborted) return Promise.resolve(signal.reason as BrookError);
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(signal.reason as BrookError), { once: true });
  });
}

/** Retries `action` until it succeeds: for waiting on a restarted server, which sends no event. */
async function eventually<T>(action: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
