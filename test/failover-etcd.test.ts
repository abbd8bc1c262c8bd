import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from './harness/Cluster.js';
import { eventually } from './harness/collect.js';
import { Workload } from './harness/Workload.js';
import { expectNoViolations, FAULT_TEST_TTL_MS, faultTestBrokerConfig } from './harness/faults.js';

/**
 * etcd faults with real processes and real signals: etcd, 3 bookies (E=2, Qw=2, Qa=2) and 2
 * brokers with 3 s sessions, producers and consumers running. etcd is SIGKILLed and started again
 * on its data dir, once briefly (leases survive in etcd, with their TTL reset) and once for longer
 * than the session TTL (every broker declares its session lost). Each time the cluster must serve
 * again, nothing acknowledged may be lost or duplicated, and no bundle may have had two owners.
 */
const brokerConfig = faultTestBrokerConfig();

describe('etcd restart', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start({ bookies: 3, brokers: 2, broker: brokerConfig });
  });

  afterAll(async () => {
    await cluster?.close();
  });

  /** A new topic's first message, produced and consumed by a new client; resolves with how long it took. */
  async function roundTrip(name: string, timeoutMs: number): Promise<number> {
    const startedAt = Date.now();
    const workload = new Workload({ serviceUrl: cluster.brokers[1]!.url, topic: name });
    const client = workload.client();
    try {
      const deadline = startedAt + timeoutMs;
      for (let attempt = 0; Date.now() < deadline && attempt < 100; attempt++) {
        let received: string | undefined;
        try {
          const consumer = await client.subscribe({ topic: name, subscription: 'check', initialPosition: 'Earliest' });
          const producer = await client.createProducer({
            topic: name,
            sendTimeoutMs: Math.max(1, deadline - Date.now()),
          });
          await producer.send({ value: 'ping' });
          // Bounded: closing the consumer at the deadline ends the loop.
          const timer = setTimeout(() => void consumer.close(), Math.max(1, deadline - Date.now()));
          try {
            for await (const message of consumer) {
              received = message.value.toString();
              break;
            }
          } finally {
            clearTimeout(timer);
          }
        } catch {
          // Not serving yet (no session, no bookies registered...): the client retried within its own deadline.
          continue;
        }
        expect(received).toBe('ping');
        return Date.now() - startedAt;
      }
      throw new Error(`no produce/consume round trip within ${timeoutMs} ms`);
    } finally {
      await workload.close();
    }
  }

  for (const outage of ['brief', 'longer than the session TTL'] as const) {
    it(`etcd SIGKILLed and restarted (down ${outage}): the cluster serves again, nothing acknowledged is lost or duplicated, no bundle is owned twice`, async () => {
      const topic = `failover-etcd-${outage === 'brief' ? 'brief' : 'long'}-${Date.now()}`;
      const workload = new Workload({ serviceUrl: cluster.brokers[1]!.url, topic, sendTimeoutMs: 15_000 });
      try {
        await workload.start();
        await workload.acknowledged(200, 10_000);

        const killedAt = Date.now();
        await cluster.etcd.kill('SIGKILL');
        if (outage !== 'brief') {
          // Waiting for time: each broker declares its session lost once no keep-alive was answered within the TTL.
          await Promise.all(
            cluster.brokers.map((broker) =>
              broker.waitForLog((r) => r.msg === 'metadata session lost', FAULT_TEST_TTL_MS + 5_000, killedAt),
            ),
          ).catch((e) => {
            for (const b of cluster.brokers)
              console.log(
                b.id,
                b.logs
                  .filter((r) => (r.time ?? 0) > killedAt - 5000)
                  .map((r) => JSON.stringify(r))
                  .join('\n'),
              );
            throw e;
          });
        }
        await cluster.etcd.restart();
        const restartedAt = Date.now();
        const roundTripMs = await roundTrip(`${topic}-check`, 30_000);
        await workload.acknowledged(100, 30_000, restartedAt);
        const resumed = workload.acks.find((ack) => ack.at >= restartedAt)!;
        await workload.stop();
        await workload.drain(30_000);
        const report = workload.report();
        const lostSessions = cluster.brokers.map((b) => b.logged('metadata session lost').length);
        console.log(
          `failover-etcd (${outage}): down ${restartedAt - killedAt} ms; round trip on a new topic ${roundTripMs} ms after the restart; ` +
            `workload acked again ${resumed.at - restartedAt} ms after it; acked ${report.acked}, failed ${report.failed} ` +
            `${JSON.stringify(report.sendErrors)}; sessions lost so far per broker ${JSON.stringify(lostSessions)}`,
        );

        expectNoViolations(report);
        // Acknowledgements are durable on the owner: its stored cursors pass everything processed.
        await workload.cursorsPersisted(cluster.metadata, 5_000);
        expect(cluster.ownership.watchError).toBeUndefined();
        expect(cluster.ownership.violations()).toEqual([]);
        // Each bundle the history names has at most one owner now, and that broker's view agrees once
        // the lost sessions' leases are revoked (retried with backoff up to 5 s after etcd is back).
        const ownershipAgrees = async () => {
          const owned = await cluster.metadata.list('/brook/ownership/');
          const perBroker = await Promise.all(cluster.brokers.map((b) => b.metric('brook_broker_owned_bundles')));
          return perBroker.reduce((sum: number, n) => sum + (n ?? 0), 0) === owned.length;
        };
        await eventually(ownershipAgrees, 10_000);
      } finally {
        await workload.close();
      }
    });
  }
});
