import { bookieKey } from '@brook/bookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from './harness/Cluster.js';
import { eventually } from './harness/collect.js';
import { Workload } from './harness/Workload.js';
import { expectNoViolations, faultTestBrokerConfig } from './harness/faults.js';

/**
 * A bookie fault with real processes and real signals: etcd, 3 bookies and 2 brokers writing
 * ledgers with E=3, Qw=2, Qa=2. One bookie is SIGKILLed while producers and consumers run, and
 * restarted later. With every bookie in the ensemble there is no spare to replace it with, so
 * writes may stall (and sends fail) until it is back; nothing acknowledged may be lost.
 */
const brokerConfig = faultTestBrokerConfig({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 });

describe('bookie failure under E=3, Qw=2, Qa=2 on 3 bookies', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start({ bookies: 3, brokers: 2, broker: brokerConfig });
  });

  afterAll(async () => {
    await cluster?.close();
  });

  it('a bookie SIGKILLed during continuous produce and restarted later: nothing acknowledged is lost, consumption is complete and in order', async () => {
    const topic = `failover-bookie-${Date.now()}`;
    const workload = new Workload({ serviceUrl: cluster.brokers[0]!.url, topic, sendTimeoutMs: 15_000 });
    try {
      await workload.start();
      await workload.acknowledged(200, 10_000);

      const victim = cluster.bookies[0]!;
      const killedAt = Date.now();
      await victim.kill('SIGKILL');
      // The cluster has noticed once the bookie's registration (bound to its 2 s session) is gone.
      await eventually(async () => (await cluster.metadata.get(bookieKey(victim.address))) === undefined, 10_000);
      const goneAt = Date.now();
      await victim.restart();
      const restartedAt = Date.now();
      await workload.acknowledged(200, 30_000, restartedAt);
      const resumed = workload.acks.find((ack) => ack.at >= restartedAt)!;
      await workload.stop();
      await workload.drain(30_000);
      const report = workload.report();
      const ackedWhileDown = workload.acks.filter((ack) => ack.at > killedAt && ack.at < restartedAt).length;
      console.log(
        `failover-bookie: acked ${report.acked}, failed ${report.failed} ${JSON.stringify(report.sendErrors)}; ` +
          `registration gone ${goneAt - killedAt} ms after the kill; ${ackedWhileDown} acks while it was down; ` +
          `restart took ${restartedAt - goneAt} ms; first ack ${resumed.at - restartedAt} ms after the restart`,
      );

      expectNoViolations(report);
      // Acknowledgements are durable on the owner: its stored cursors pass everything processed.
      await workload.cursorsPersisted(cluster.metadata, 5_000);

      // A new subscription reads the whole topic back, through ledgers the killed bookie holds a part of.
      const replay = await workload.replay('replay', 20_000);
      expect({ lost: replay.lost, duplicated: replay.duplicated, reordered: replay.reordered }).toEqual({
        lost: [],
        duplicated: [],
        reordered: [],
      });
      expect(cluster.ownership.violations()).toEqual([]);
    } finally {
      await workload.close();
    }
  });
});
