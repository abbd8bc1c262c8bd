import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor, type ServiceError } from '@grpc/grpc-js';
import { Bookie, LedgerClient, LocalBookieClient, parseBookieConfig, StaticBookiePool } from '@brook/bookie';
import { EmbeddedMetadataStore, EtcdMetadataStore, type MetadataStore, type Session } from '@brook/metadata';
import {
  type BrookError,
  brokerService,
  ErrorCode,
  grpcChannelOptions,
  parseTopicName,
  type pb,
  toBrookError,
} from '@brook/protocol';
import { Etcd3 } from 'etcd3';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EtcdProcess } from '../../../../test/harness/EtcdProcess.js';
import { batchOf, RawBroker } from '../../../../test/harness/rawGrpc.js';
import { Broker } from '../Broker.js';
import { type BrokerConfigInput, parseBrokerConfig } from '../config.js';
import type { BrokerRecord } from './BrokerRegistration.js';
import { Bundles } from './Bundles.js';
import { OwnershipCache } from './OwnershipCache.js';

const bundles = new Bundles(4);
const bundleOf = (topic: string) => bundles.of(parseTopicName(topic)).name;
const ownershipKey = (topic: string) => `/brook/ownership/${bundleOf(topic)}`;

/** `count` topic names in distinct bundles of public/default. */
function topicsInDistinctBundles(count: number): string[] {
  const byBundle = new Map<string, string>();
  for (let i = 0; byBundle.size < count; i++) {
    const topic = `public/default/t-${i}`;
    if (!byBundle.has(bundleOf(topic))) byBundle.set(bundleOf(topic), topic);
  }
  return [...byBundle.values()];
}

/**
 * The store a broker sees: the shared one, except that the test holds each session the broker
 * opens (to end it, as a lost lease would) and can hold back new ones (`gate`).
 */
class SessionTap {
  readonly sessions: Session[] = [];
  gate: Promise<void> = Promise.resolve();
  readonly store: MetadataStore;

  constructor(shared: MetadataStore) {
    this.store = {
      get: (key) => shared.get(key),
      list: (prefix) => shared.list(prefix),
      put: (key, value, options) => shared.put(key, value, options),
      delete: (key, options) => shared.delete(key, options),
      deletePrefix: (prefix) => shared.deletePrefix(prefix),
      txn: (txn) => shared.txn(txn),
      watch: (prefix, options) => shared.watch(prefix, options),
      createSession: async (options) => {
        await this.gate;
        const session = await shared.createSession(options);
        this.sessions.push(session);
        return session;
      },
      close: async () => {},
    };
  }

  get current(): Session {
    const session = this.sessions.at(-1);
    if (!session) throw new Error('no session yet');
    return session;
  }
}

const BrokerClient = makeGenericClientConstructor(brokerService, 'brook.v1.Broker');

function lookup(broker: Broker, topic: string): Promise<string> {
  const client = new BrokerClient(broker.url.replace('brook://', ''), credentials.createInsecure(), grpcChannelOptions);
  return new Promise<string>((resolve, reject) =>
    (
      client.lookup as (
        request: pb.ILookupRequest,
        callback: (error: ServiceError | null, reply: pb.LookupResponse) => void,
      ) => void
    ).call(client, { topic }, (error, reply) => (error ? reject(toBrookError(error)) : resolve(reply.brokerUrl))),
  ).finally(() => client.close());
}

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Two brokers on one metadata store and one in-process bookie. */
class Cluster {
  readonly raws: RawBroker[] = [];
  readonly brokers: Broker[] = [];
  private readonly bookie: Bookie;
  private readonly ledgers: LedgerClient;

  private constructor(
    readonly metadata: MetadataStore,
    bookie: Bookie,
    private readonly dir: string,
  ) {
    this.bookie = bookie;
    this.ledgers = new LedgerClient({ metadata, bookies: new StaticBookiePool([new LocalBookieClient(bookie)]) });
  }

  static async start(metadata: MetadataStore): Promise<Cluster> {
    const dir = await mkdtemp(join(tmpdir(), 'brook-ownership-'));
    const bookie = new Bookie({
      config: parseBookieConfig({ journalDir: join(dir, 'journal'), ledgerDir: join(dir, 'ledgers') }),
      registry: new Registry(),
    });
    await bookie.start();
    return new Cluster(metadata, bookie, dir);
  }

  /** A broker on loopback ports chosen by the OS; its store is `tap.store` when given. */
  async broker(config: BrokerConfigInput = {}, tap?: SessionTap): Promise<Broker> {
    const broker = new Broker({
      config: parseBrokerConfig({ host: '127.0.0.1', port: 0, httpPort: 0, loadReportIntervalMs: 20, ...config }),
      metadata: tap?.store ?? this.metadata,
      ledgers: this.ledgers,
    });
    this.brokers.push(broker);
    await broker.start();
    return broker;
  }

  raw(broker: Broker): RawBroker {
    const raw = new RawBroker(broker.url);
    this.raws.push(raw);
    return raw;
  }

  async record(broker: Broker): Promise<BrokerRecord | undefined> {
    const kv = await this.metadata.get(`/brook/brokers/${new URL(broker.url).host}`);
    return kv && (JSON.parse(kv.value.toString()) as BrokerRecord);
  }

  async owner(topic: string): Promise<string | undefined> {
    const kv = await this.metadata.get(ownershipKey(topic));
    return kv && (JSON.parse(kv.value.toString()) as { url: string }).url;
  }

  async close(): Promise<void> {
    for (const raw of this.raws) raw.close();
    await Promise.all(this.brokers.map((b) => b.close()));
    await this.bookie.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function openFails(raw: RawBroker, topic: string): Promise<BrookError> {
  const error = await raw.openProducer(topic).then(
    () => undefined,
    (e: unknown) => e as BrookError,
  );
  if (!error) throw new Error(`opening a producer on ${topic} succeeded`);
  return error;
}

describe('bundle ownership across brokers sharing one metadata store', () => {
  let metadata: EmbeddedMetadataStore;
  let cluster: Cluster;

  beforeEach(async () => {
    metadata = await EmbeddedMetadataStore.open();
    cluster = await Cluster.start(metadata);
  });

  afterEach(async () => {
    await cluster.close();
    await metadata.close();
  });

  it('registers each broker with its addresses and load under /brook/brokers/<host:port>', async () => {
    const a = await cluster.broker();
    const record = await cluster.record(a);
    expect(record).toMatchObject({
      id: new URL(a.url).host,
      url: a.url,
      httpUrl: `http://127.0.0.1:${a.httpPort}`,
      load: { topics: 0, producers: 0, consumers: 0 },
    });
    await cluster.raw(a).openProducer('reported');
    expect(await eventually(async () => (await cluster.record(a))?.load.producers === 1)).toBe(true);
    expect((await cluster.record(a))?.load.topics).toBe(1);
  });

  it('lookup of an unowned topic, on either broker, answers the least-loaded live broker', async () => {
    const a = await cluster.broker();
    const b = await cluster.broker();
    const [busy, idle] = topicsInDistinctBundles(2) as [string, string];
    const first = [a, b].sort((x, y) => (new URL(x.url).host < new URL(y.url).host ? -1 : 1))[0] as Broker;
    // Equal load: the smaller id wins.
    expect(await lookup(a, idle)).toBe(first.url);
    expect(await lookup(b, idle)).toBe(first.url);
    // Lookup claims nothing on anyone's behalf.
    expect(await cluster.owner(idle)).toBeUndefined();

    const loaded = first;
    const other = first === a ? b : a;
    await cluster.raw(loaded).openProducer(busy);
    await eventually(async () => (await cluster.record(loaded))?.load.topics === 1);
    expect(await lookup(a, idle)).toBe(other.url);
    expect(await lookup(b, idle)).toBe(other.url);
  });

  it('publishing through a broker claims the bundle; the other broker looks it up there and refuses it with NOT_OWNER', async () => {
    const a = await cluster.broker();
    const b = await cluster.broker();
    const producer = await cluster.raw(a).openProducer('orders');
    producer.write({ batches: { batches: [batchOf(['one'], 0)] } });
    expect(await producer.receipts(1)).toMatchObject([{ sequenceId: 0 }]);

    expect(await cluster.owner('orders')).toBe(a.url);
    expect(a.ownedBundles).toEqual([bundleOf('public/default/orders')]);
    expect(await lookup(b, 'orders')).toBe(a.url);
    expect(await lookup(a, 'orders')).toBe(a.url);
    expect((await openFails(cluster.raw(b), 'orders')).code).toBe(ErrorCode.NotOwner);
    const consumer = cluster.raw(b).consume();
    consumer.write({ subscribe: { topic: 'orders', subscription: 's' } });
    expect((await consumer.ended)?.code).toBe(ErrorCode.NotOwner);
    expect(b.ownedBundles).toEqual([]);
  });

  it('concurrent claims of one bundle leave exactly one owner', async () => {
    const a = await cluster.broker();
    const b = await cluster.broker();
    for (const topic of topicsInDistinctBundles(4)) {
      const results = await Promise.allSettled([
        cluster.raw(a).openProducer(topic),
        cluster.raw(b).openProducer(topic),
      ]);
      const opened = results.filter((r) => r.status === 'fulfilled');
      expect(opened).toHaveLength(1);
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as BrookError] : []));
      expect(refused.map((e) => e.code)).toEqual([ErrorCode.NotOwner]);
      const winner = results[0]?.status === 'fulfilled' ? a : b;
      expect(await cluster.owner(topic)).toBe(winner.url);
    }
    expect(a.ownedBundles.length + b.ownedBundles.length).toBe(4);
    expect(a.ownedBundles.filter((name) => b.ownedBundles.includes(name))).toEqual([]);
  });

  it('many claimants racing for one bundle: exactly one claim succeeds', async () => {
    const session = () => metadata.createSession();
    const caches = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const cache = new OwnershipCache(metadata, () => ({ brokerId: `b${i}`, url: `brook://b${i}:6650` }));
        cache.useSession(await session());
        return cache;
      }),
    );
    const bundle = bundles.of(parseTopicName('contended'));
    const results = await Promise.allSettled(caches.map((c) => c.claim(bundle)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(caches.filter((c) => c.names().length === 1)).toHaveLength(1);
  });

  it('a broker whose session is lost unloads its topics with NOT_OWNER, claims nothing until it has a new session, and the other broker takes over', async () => {
    const tap = new SessionTap(metadata);
    const a = await cluster.broker({}, tap);
    const b = await cluster.broker();
    const rawA = cluster.raw(a);
    const producer = await rawA.openProducer('orders');
    const consumer = await rawA.subscribe({ topic: 'orders', subscription: 's' });

    let releaseGate = () => {};
    tap.gate = new Promise<void>((resolve) => {
      releaseGate = resolve;
    });
    await tap.current.close(); // as etcd would end a lease that was not kept alive

    expect((await producer.ended)?.code).toBe(ErrorCode.NotOwner);
    expect((await consumer.ended)?.code).toBe(ErrorCode.NotOwner);
    expect(a.ownedBundles).toEqual([]);
    expect(await cluster.owner('orders')).toBeUndefined();
    expect(await cluster.record(a)).toBeUndefined();
    // Without a session, A claims nothing, not even a free bundle.
    expect((await openFails(rawA, 'orders')).code).toBe(ErrorCode.NotOwner);
    expect((await openFails(rawA, 'elsewhere')).code).toBe(ErrorCode.NotOwner);
    expect(await cluster.owner('elsewhere')).toBeUndefined();

    // B takes the bundle over; A, once it has a new session, registers again but finds B the owner.
    const taken = await cluster.raw(b).openProducer('orders');
    taken.write({ batches: { batches: [batchOf(['after'], 1)] } });
    expect(await taken.receipts(1)).toHaveLength(1);
    releaseGate();
    await eventually(() => cluster.record(a));
    expect(tap.sessions).toHaveLength(2);
    expect(await lookup(a, 'orders')).toBe(b.url);
    expect((await openFails(rawA, 'orders')).code).toBe(ErrorCode.NotOwner);
    // A free bundle can be claimed again with the new session.
    await rawA.openProducer('elsewhere');
    expect(await cluster.owner('elsewhere')).toBe(a.url);
  });

  it('a broker whose ledger is fenced by the new owner unloads the topic and does not load it again without a claim', async () => {
    const a = await cluster.broker();
    const b = await cluster.broker();
    const producer = await cluster.raw(a).openProducer('orders');
    producer.write({ batches: { batches: [batchOf(['one'], 0)] } });
    await producer.receipts(1);
    // A's key disappears without A noticing (as after a lease revocation it has not heard of yet),
    // and B takes the bundle: opening the topic fences A's ledger.
    await metadata.delete(ownershipKey('public/default/orders'));
    await cluster.raw(b).openProducer('orders');
    expect(await cluster.owner('orders')).toBe(b.url);

    producer.write({ batches: { batches: [batchOf(['two'], 1)] } });
    expect((await producer.ended)?.code).toBe(ErrorCode.LedgerFenced);
    await eventually(() => a.ownedBundles.length === 0);
    expect((await openFails(cluster.raw(a), 'orders')).code).toBe(ErrorCode.NotOwner);
    expect(await cluster.owner('orders')).toBe(b.url);
  });

  it('a clean close serves until its topics are closed, then hands its bundles back at once', async () => {
    const a = await cluster.broker();
    const b = await cluster.broker();
    await cluster.raw(a).subscribe({ topic: 'orders', subscription: 's' });
    expect(await cluster.owner('orders')).toBe(a.url);
    await a.close();
    expect(await cluster.owner('orders')).toBeUndefined();
    expect(await cluster.record(a)).toBeUndefined();
    expect(await lookup(b, 'orders')).toBe(b.url);
    await cluster.raw(b).subscribe({ topic: 'orders', subscription: 's' });
    expect(await cluster.owner('orders')).toBe(b.url);
  });
});

describe('bundle ownership on a real etcd', () => {
  let etcd: EtcdProcess;
  beforeAll(async () => {
    etcd = await EtcdProcess.start();
  });
  afterAll(() => etcd?.close());

  it('two brokers never both own a bundle while one has its session revoked', async () => {
    const prefix = `/brook-ownership-${Date.now()}`;
    const connect = () => EtcdMetadataStore.connect({ endpoints: [etcd.endpoint], prefix, requestTimeoutMs: 2_000 });
    const [storeA, storeB, observer] = await Promise.all([connect(), connect(), connect()]);
    const tap = new SessionTap(storeA);
    const cluster = await Cluster.start(observer);
    const raw = new Etcd3({ hosts: etcd.endpoint });
    try {
      const a = await cluster.broker({ sessionTtlMs: 1_000 }, tap);
      const b = await cluster.broker({ sessionTtlMs: 1_000 }, new SessionTap(storeB));
      const key = ownershipKey('public/default/orders');
      const history: { type: string; owner?: string }[] = [];
      const watching = new AbortController();
      void (async () => {
        for await (const event of observer.watch(key, { signal: watching.signal })) {
          history.push(
            event.type === 'put'
              ? { type: 'put', owner: (JSON.parse(event.value.toString()) as { url: string }).url }
              : { type: 'delete' },
          );
        }
      })().catch(() => {});
      const bothOwn: string[][] = [];
      const sampler = setInterval(() => {
        const both = a.ownedBundles.filter((name) => b.ownedBundles.includes(name));
        if (both.length > 0) bothOwn.push(both);
      }, 2);

      const producer = await cluster.raw(a).openProducer('orders');
      expect((await openFails(cluster.raw(b), 'orders')).code).toBe(ErrorCode.NotOwner);

      await raw.leaseClient.leaseRevoke({ ID: BigInt(`0x${tap.current.id}`).toString() });
      // A learns of it from its keep-alives; it stops serving before B may take over.
      expect((await producer.ended)?.code).toBe(ErrorCode.NotOwner);
      expect(a.ownedBundles).toEqual([]);
      await eventually(() =>
        cluster
          .raw(b)
          .openProducer('orders')
          .catch(() => undefined),
      );
      expect(await lookup(a, 'orders')).toBe(b.url);
      await eventually(async () => tap.sessions.length === 2 && (await cluster.record(a)));
      expect((await openFails(cluster.raw(a), 'orders')).code).toBe(ErrorCode.NotOwner);

      clearInterval(sampler);
      watching.abort();
      expect(bothOwn).toEqual([]);
      // The key passed from A to B through a delete: never overwritten, never held by two.
      expect(history).toEqual([{ type: 'put', owner: a.url }, { type: 'delete' }, { type: 'put', owner: b.url }]);
    } finally {
      raw.close();
      await cluster.close();
      await Promise.all([storeA.close(), storeB.close(), observer.close()]);
    }
  }, 30_000);
});
