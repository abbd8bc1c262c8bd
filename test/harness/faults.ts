import { expect } from 'vitest';
import type { WorkloadReport } from './Workload.js';

/** The session TTL of brokers in fault tests: short, so a takeover happens within seconds. */
export const FAULT_TEST_TTL_MS = 3_000;

/** Broker settings for fault tests: short sessions, frequent cursor persistence and load reports. */
export function faultTestBrokerConfig(replication = { ensembleSize: 2, writeQuorum: 2, ackQuorum: 2 }) {
  return { sessionTtlMs: FAULT_TEST_TTL_MS, ...replication, cursorPersistIntervalMs: 200, loadReportIntervalMs: 1_000 };
}

/** The invariants every fault must keep: nothing acknowledged lost, duplicated, reordered or invented. */
export function expectNoViolations(report: WorkloadReport): void {
  for (const [subscription, v] of Object.entries(report.bySubscription)) {
    expect({
      subscription,
      lost: v.lost,
      duplicated: v.duplicated,
      reordered: v.reordered,
      unknown: v.unknown,
    }).toEqual({ subscription, lost: [], duplicated: [], reordered: [], unknown: [] });
    expect(v.received).toBeGreaterThanOrEqual(report.acked);
  }
  expect(report.offsetConflicts).toEqual([]);
  expect(report.offsetMismatches).toEqual([]);
  expect(report.consumerErrors).toEqual([]);
  expect(report.pending).toBe(0);
}
