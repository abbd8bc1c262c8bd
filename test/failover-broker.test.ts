import { BrookClient } from '@brook/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerProcess } from './harness/BrokerProcess.js';
import { Cluster } from './harness/Cluster.js';
import { Workload } from './harness/Workload.js';
import { expectNoViolations, FAULT_TEST_TTL_MS, faultTestBrokerConfig } from './harness/faults.js';

/**
 * Broker faults with real processes and real signals: etcd, 3 bookies (E=2, Qw=2, Qa=2) and 2
 * brokers with 3 s sessions. Producers (2, with 2 keys each) and consumers (2 Exclusive
 * subscriptions) run while the broker owning their topic is frozen or killed; at the end nothing
 * acknowledged may be lost, duplicated or reordered, and no bundle may have had two owners.
 */
const brokerConfig = faultTestBrokerConfig();

describe('broker failover', () => {
  let cluster: Cluster;
  const failovers: string[] = [];

  beforeAll(async () => {
    cluster = await Cluster.start({ bookies: 3, brokers: 2, broker: brokerConfig });
  });

  afterAll(async () => {
    for (const line of failovers) console.log(line);
    await cluster?.close();
  });

  /** Claims the topic's bundle through any broker, then starts a workload whose clients look up at the other one. */
  async function workloadOn(
    topic: string,
  ): Promise<{ workload: Workload; owner: BrokerProcess; standby: BrokerProcess }> {
    const setup = new BrookClient({ serviceUrl: cluster.brokers[0]!.url });
    try {
      await (await setup.createProducer({ topic })).close();
    } finally {
      await setup.close();
    }
    const owner = (await cluster.ownerOf(topic))!;
    const standby = cluster.brokers.find((broker) => broker !== owner)!;
    // The standby is the service URL: a client whose only known broker died could not look anything up.
    const workload = new Workload({ serviceUrl: standby.url, topic });
    await workload.start();
    await workload.acknowledged(200, 10_000);
    return { workload, owner, standby };
  }

  it('a broker frozen (SIGSTOP) past its session TTL loses the topic to the other broker; resumed, it acknowledges nothing new and steps down; nothing acknowledged is lost or duplicated', async () => {
    const topic = `failover-stop-${Date.now()}`;
    const bundle = cluster.bundleOf(topic);
    const { workload, owner, standby } = await workloadOn(topic);
    try {
      const stoppedAt = Date.now();
      owner.pause();
      // Waiting for time: the owner's lease has to expire in etcd, which deletes its ownership key.
      const expired = await cluster.ownership.waitFor(
        (e) => e.bundle === bundle && e.type === 'delete',
        FAULT_TEST_TTL_MS + 5_000,
        stoppedAt,
      );
      // The workload's clients sit on streams to the frozen broker (nothing breaks them before gRPC's
      // 30 s keepalive); a client that arrives now finds the topic on the standby.
      const probe = await workload.client(standby.url).createProducer({ topic, name: 'probe' });
      expect(await workload.probe(probe, 'probe', 'probe-0')).toBe(true);
      const probeAck = workload.acks.find((ack) => ack.value === 'probe-0')!;
      expect(probeAck.at - expired.at).toBeLessThan(5_000);
      expect(await cluster.ownerOf(topic)).toBe(standby);

      const resumedAt = Date.now();
      owner.resume();
      const lost = await owner.waitForLog((r) => r.msg === 'metadata session lost', 10_000, stoppedAt);
      // The workload's producers come back on the standby and carry on.
      await workload.acknowledged(200, 20_000, resumedAt);
      const backOnStandby = workload.firstAckOn(standby.url, resumedAt);
      await workload.stop();
      await workload.drain(30_000);
      const report = workload.report();
      console.log(
        `failover-broker SIGSTOP: acked ${report.acked}, failed ${report.failed} ${JSON.stringify(report.sendErrors)}; ` +
          `lease gone ${expired.at - stoppedAt} ms after the stop; probe acked ${probeAck.at - stoppedAt - FAULT_TEST_TTL_MS} ms after stop + TTL; ` +
          `resumed broker noticed ${Number(lost.time) - resumedAt} ms after SIGCONT; workload back on the standby ${
            backOnStandby ? backOnStandby.at - resumedAt : 'never'
          } ms after SIGCONT`,
      );
      failovers.push(
        `failover SIGSTOP: lease expired (key deleted) → first ack on the new owner ${probeAck.at - expired.at} ms ` +
          `(stop + TTL → first ack ${probeAck.at - stoppedAt - FAULT_TEST_TTL_MS} ms)`,
      );

      expectNoViolations(report);
      // Acknowledgements are durable on the owner: its stored cursors pass everything processed.
      await workload.cursorsPersisted(cluster.metadata, 5_000);
      // Acknowledgements the resumed broker still sent were for entries stored before the takeover:
      // below the first offset the new owner assigned. Nothing new was acknowledged by it.
      const late = workload.acks.filter((ack) => ack.at >= resumedAt && ack.brokerUrl === 'initial');
      console.log(
        `failover-broker SIGSTOP: ${late.length} acks from the resumed broker, new owner's first offset ${probeAck.offset}; ` +
          `${workload.acks.filter((a) => a.offset < 0).length} resends acked as duplicates`,
      );
      for (const ack of late) expect(ack.offset).toBeLessThan(probeAck.offset);
      // It stepped down: its session loss is in its metrics, it owns nothing, and it never claimed the bundle again.
      expect(await owner.metric('brook_broker_sessions_lost_total')).toBeGreaterThanOrEqual(1);
      expect(await owner.metric('brook_broker_owned_bundles')).toBe(0);
      const claimsAfter = cluster.ownership.events.filter(
        (e) => e.bundle === bundle && e.type === 'put' && e.at >= stoppedAt,
      );
      expect(claimsAfter.map((e) => e.brokerId)).toEqual([standby.id]);
      expect(cluster.ownership.violations()).toEqual([]);
    } finally {
      owner.resume();
      await workload.close();
    }
  });

  it('a broker killed (SIGKILL) while it owns the topic: the other broker takes over once its session expires; nothing acknowledged is lost or duplicated', async () => {
    const topic = `failover-kill-${Date.now()}`;
    const bundle = cluster.bundleOf(topic);
    const { workload, owner, standby } = await workloadOn(topic);
    try {
      const killedAt = Date.now();
      await owner.kill('SIGKILL');
      await workload.acknowledged(200, FAULT_TEST_TTL_MS + 15_000, killedAt);
      const first = workload.firstAckOn(standby.url, killedAt);
      expect(first).toBeDefined();
      await workload.stop();
      await workload.drain(30_000);
      const report = workload.report();
      const failover = first!.at - killedAt;
      console.log(
        `failover-broker SIGKILL: acked ${report.acked}, failed ${report.failed} ${JSON.stringify(report.sendErrors)}; ` +
          `first ack on the new owner ${failover} ms after the kill; ` +
          `${workload.acks.filter((a) => a.offset < 0).length} resends acked as duplicates`,
      );
      failovers.push(`failover SIGKILL (kill → first ack on the new owner): ${failover} ms`);
      // The target is TTL + 2 s; the bound here leaves room for a loaded machine.
      expect(failover).toBeLessThan(FAULT_TEST_TTL_MS + 5_000);

      expectNoViolations(report);
      // Acknowledgements are durable on the owner: its stored cursors pass everything processed.
      await workload.cursorsPersisted(cluster.metadata, 5_000);
      expect(await cluster.ownerOf(topic)).toBe(standby);
      const claimsAfter = cluster.ownership.events.filter(
        (e) => e.bundle === bundle && e.type === 'put' && e.at >= killedAt,
      );
      expect(claimsAfter.map((e) => e.brokerId)).toEqual([standby.id]);
      expect(cluster.ownership.violations()).toEqual([]);
    } finally {
      await workload.close();
      if (!owner.running) await owner.restart();
    }
  });
});
