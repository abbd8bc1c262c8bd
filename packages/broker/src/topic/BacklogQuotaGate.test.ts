import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it, vi } from 'vitest';
import { BacklogQuotaGate, holdTimeFor, MAX_TIMER_MS } from './BacklogQuotaGate.js';

function gate() {
  const recheck = vi.fn();
  return { gate: new BacklogQuotaGate({ recheck, recheckIntervalMs: 10 }), recheck };
}

describe('BacklogQuotaGate (what a publish does about the backlog quota)', () => {
  it('lets publishes through under quota, and over quota with consumer_backlog_eviction', () => {
    const { gate: g } = gate();
    expect(g.admit(1_000)).toBeUndefined();
    g.update(true, 'consumer_backlog_eviction');
    expect(g.admit(1_000)).toBeUndefined();
  });

  it('producer_exception: refuses at once with PRODUCER_BLOCKED_QUOTA_EXCEEDED and asks for a recheck', () => {
    const { gate: g, recheck } = gate();
    g.update(true, 'producer_exception');
    const refused = g.admit(1_000);
    expect(refused).toBeInstanceOf(BrookError);
    expect((refused as BrookError).code).toBe(ErrorCode.ProducerBlockedQuotaExceeded);
    expect(recheck).toHaveBeenCalledTimes(1);
    // Rechecks are throttled to one per interval.
    g.admit(1_000);
    expect(recheck).toHaveBeenCalledTimes(1);
    g.update(false, 'producer_exception');
    expect(g.admit(1_000)).toBeUndefined();
  });

  it('producer_request_hold: holds publishes in order and releases them all once under quota', async () => {
    const { gate: g, recheck } = gate();
    g.update(true, 'producer_request_hold');
    const order: number[] = [];
    const held = [0, 1, 2].map((i) => (g.admit(5_000) as Promise<void>).then(() => order.push(i)));
    expect(g.heldCount).toBe(3);
    await vi.waitFor(() => expect(recheck).toHaveBeenCalled());
    g.update(false, 'producer_request_hold');
    await Promise.all(held);
    expect(order).toEqual([0, 1, 2]);
    expect(g.heldCount).toBe(0);
  });

  it('producer_request_hold: a publish arriving while others wait waits behind them, even under quota', async () => {
    const { gate: g } = gate();
    g.update(true, 'producer_request_hold');
    const first = g.admit(5_000) as Promise<void>;
    g.update(true, 'producer_request_hold');
    const second = g.admit(5_000);
    expect(second).toBeInstanceOf(Promise);
    g.update(false, 'producer_request_hold');
    await expect(Promise.all([first, second])).resolves.toBeDefined();
  });

  it('producer_request_hold: a publish held past its hold time fails with PRODUCER_BLOCKED_QUOTA_EXCEEDED', async () => {
    const { gate: g } = gate();
    g.update(true, 'producer_request_hold');
    const started = Date.now();
    await expect(g.admit(50)).rejects.toMatchObject({ code: ErrorCode.ProducerBlockedQuotaExceeded });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(g.heldCount).toBe(0);
  });

  it('a change to producer_exception fails held publishes; close fails them with the reason given', async () => {
    const { gate: g } = gate();
    g.update(true, 'producer_request_hold');
    const held = g.admit(5_000);
    g.update(true, 'producer_exception');
    await expect(held).rejects.toMatchObject({ code: ErrorCode.ProducerBlockedQuotaExceeded });
    g.update(true, 'producer_request_hold');
    const again = g.admit(5_000);
    g.close(new BrookError(ErrorCode.NotOwner, 'gone'));
    await expect(again).rejects.toMatchObject({ code: ErrorCode.NotOwner });
  });

  it('a hold longer than a timer can wait still holds: it is capped, not failed at once', async () => {
    const { gate: g } = gate();
    g.update(true, 'producer_request_hold');
    let failed = false;
    const held = (g.admit(2 ** 40) as Promise<void>).catch(() => {
      failed = true;
    });
    // An uncapped setTimeout of 2^40 ms fires on the next turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(failed).toBe(false);
    expect(g.heldCount).toBe(1);
    g.update(false, 'producer_request_hold');
    await held;
    expect(failed).toBe(false);
  });
});

describe("holdTimeFor (how long a producer's batches wait over quota)", () => {
  it("ends a little before the producer's send timeout", () => {
    expect(holdTimeFor(5_000, 30_000)).toBe(4_500);
    expect(holdTimeFor(20_000, 30_000)).toBe(19_000);
    expect(holdTimeFor(1, 30_000)).toBe(1);
  });

  it("is the broker's hold timeout without a send timeout, and never longer than it", () => {
    expect(holdTimeFor(0, 30_000)).toBe(30_000);
    expect(holdTimeFor(3_600_000, 30_000)).toBe(30_000);
    expect(holdTimeFor(Number.MAX_SAFE_INTEGER, 30_000)).toBe(30_000);
  });

  it('never exceeds what a timer can wait', () => {
    expect(holdTimeFor(0, 2 ** 40)).toBe(MAX_TIMER_MS);
    expect(holdTimeFor(2 ** 40, 2 ** 40)).toBe(MAX_TIMER_MS);
  });
});
