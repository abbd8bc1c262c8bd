import { BrookError, ErrorCode } from '@brook/protocol';
import type { Logger } from 'pino';
import { ledgersToTrim, type TrimCandidate } from '../ledger/LedgerTrimmer.js';
import type { ManagedLedger } from '../ledger/ManagedLedger.js';
import type { Policies } from '../namespace/Policies.js';
import { type AdvanceableSubscription, advanceTo, expireMessages } from '../subscription/MessageExpiry.js';
import { evictionPoint, measureBacklog, overQuota } from './BacklogQuota.js';
import { BacklogQuotaGate } from './BacklogQuotaGate.js';

/** What housekeeping needs of a loaded topic. */
export interface HousekeptTopic {
  readonly name: string;
  readonly ledger: ManagedLedger;
  readonly subscriptions: ReadonlyMap<string, AdvanceableSubscription>;
  readonly policies: Policies;
}

export interface TopicHousekeepingOptions {
  /** Time between checks of retention, TTL and backlog quota. */
  intervalMs: number;
  logger: Logger;
}

export interface HousekeepingReport {
  /** Messages acknowledged by TTL, per subscription. */
  expired: Map<string, number>;
  /** Messages acknowledged by backlog eviction, per subscription. */
  evicted: Map<string, number>;
  trimmedLedgers: number[];
  overQuota: boolean;
}

/** Held producers are let go within this long of the backlog falling under quota. */
const QUOTA_RECHECK_MS = 200;

/**
 * A loaded topic's storage lifecycle, applied every `intervalMs` on the broker that owns it (a topic
 * is only loaded on its owner, and housekeeping stops before the topic closes):
 * 1. message TTL: subscriptions are moved past messages older than `messageTtlSeconds`;
 * 2. backlog quota: the backlog is measured and the publish gate set; with
 *    consumer_backlog_eviction the slowest subscriptions are moved until it fits;
 * 3. retention: consumed ledgers outside the retention policy are removed from the log and deleted.
 *    "Consumed" is below every subscription's persisted mark-delete point and below every retention
 *    hold: a subscription being created, reset or skipped is out of the topic's map meanwhile, and
 *    holds (see `holdRetention`) what it may need.
 * Steps run one check at a time; a failed check is logged and the next one tries again.
 */
export class TopicHousekeeping {
  readonly gate: BacklogQuotaGate;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<HousekeepingReport> | undefined;
  private quotaCheck: Promise<void> | undefined;
  private quotaRecheck: Promise<void> | undefined;
  private closed = false;
  /** Close times of ledgers listed without one (written before the field existed), read from their last entry. */
  private readonly lastPublish = new Map<number, number>();
  /** Offsets retention must keep, one per subscription being created or moved. */
  private readonly holds = new Set<{ readonly offset: number }>();

  constructor(
    private readonly topic: HousekeptTopic,
    private readonly options: TopicHousekeepingOptions,
  ) {
    this.gate = new BacklogQuotaGate({
      recheck: () => void this.checkQuota().catch(() => {}),
      recheckIntervalMs: Math.min(QUOTA_RECHECK_MS, options.intervalMs),
    });
  }

  start(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => {
      this.run().catch((err: unknown) =>
        this.options.logger.warn({ err, topic: this.topic.name }, 'topic housekeeping failed; retrying next interval'),
      );
    }, this.options.intervalMs);
    this.timer.unref();
  }

  /**
   * Keeps retention from deleting any message at or above `offset` until the returned function is
   * called: for a subscription that is not in the topic's map while it is created, reset or skipped.
   * `-Infinity` keeps everything (a position not known yet).
   */
  holdRetention(offset: number): () => void {
    const hold = { offset };
    this.holds.add(hold);
    return () => this.holds.delete(hold);
  }

  /** Runs one check now, or joins the one in progress. */
  run(): Promise<HousekeepingReport> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops checking and waits for a check in progress; held publishes fail with `reason`. */
  async close(reason = new BrookError(ErrorCode.AlreadyClosed, `topic ${this.topic.name} is closing`)): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
    this.gate.close(reason);
    await Promise.allSettled([this.running, this.quotaCheck, this.quotaRecheck]);
  }

  private async runOnce(): Promise<HousekeepingReport> {
    const { ledger, policies } = this.topic;
    const subscriptions = () => this.topic.subscriptions.values();
    const report: HousekeepingReport = { expired: new Map(), evicted: new Map(), trimmedLedgers: [], overQuota: false };
    if (this.closed || ledger.failed) return report;
    report.expired = await expireMessages(ledger, subscriptions(), policies.messageTtlSeconds, Date.now());
    if (sum(report.expired) > 0) {
      this.options.logger.info(
        { topic: this.topic.name, expired: Object.fromEntries(report.expired) },
        'messages expired by TTL',
      );
    }
    if (this.closed) return report;
    const quota = await this.applyQuota();
    report.evicted = quota.evicted;
    report.overQuota = quota.over;
    if (this.closed) return report;
    report.trimmedLedgers = await this.trim();
    return report;
  }

  /**
   * Measures the backlog and sets the gate; used by the periodic check and by held publishes. A
   * check already running may have measured before the caller's change (an acknowledgement), so
   * callers meanwhile share one more check after it.
   */
  checkQuota(): Promise<void> {
    if (this.quotaCheck) {
      const again = () => {
        this.quotaRecheck = undefined;
        return this.checkQuota();
      };
      this.quotaRecheck ??= this.quotaCheck.then(again, again);
      return this.quotaRecheck;
    }
    this.quotaCheck = this.applyQuota()
      .then(() => undefined)
      .finally(() => {
        this.quotaCheck = undefined;
      });
    return this.quotaCheck;
  }

  private async applyQuota(): Promise<{ over: boolean; evicted: Map<string, number> }> {
    const { ledger, policies } = this.topic;
    const quota = policies.backlogQuota;
    const evicted = new Map<string, number>();
    if (quota.limitBytes < 0 && quota.limitTimeSeconds < 0) {
      this.gate.update(false, quota.action);
      return { over: false, evicted };
    }
    let backlog = await measureBacklog(ledger, this.topic.subscriptions.values(), Date.now());
    let over = overQuota(quota, backlog);
    if (over && quota.action === 'consumer_backlog_eviction') {
      const to = await evictionPoint(ledger, quota, backlog, Date.now());
      if (to) {
        for (const [name, count] of advanceTo(this.topic.subscriptions.values(), to)) evicted.set(name, count);
        this.options.logger.warn(
          { topic: this.topic.name, evicted: Object.fromEntries(evicted), to },
          'backlog over quota: slowest subscriptions advanced',
        );
      }
      backlog = await measureBacklog(ledger, this.topic.subscriptions.values(), Date.now());
      over = overQuota(quota, backlog);
    }
    if (!this.closed) this.gate.update(over, quota.action);
    return { over, evicted };
  }

  private async trim(): Promise<number[]> {
    const { ledger } = this.topic;
    const candidates: TrimCandidate[] = [];
    const ledgers = ledger.ledgers;
    for (let i = 0; i < ledgers.length; i++) {
      const l = ledgers[i] as (typeof ledgers)[number];
      const closed = i < ledgers.length - 1;
      const closedAt = closed ? (l.closedAt ?? (await this.lastPublishTime(l.ledgerId, l.entries))) : Date.now();
      candidates.push({ ledgerId: l.ledgerId, firstOffset: l.firstOffset, size: l.size, closedAt });
    }
    if (this.closed) return [];
    // Decided after the reads above and right before trimming, so a subscription that left the map
    // for a reset or skip meanwhile is covered by its hold.
    const count = ledgersToTrim(candidates, this.consumedBelow(), this.topic.policies.retention, Date.now());
    if (count === 0) return [];
    const trimmed = await ledger.trim(count);
    for (const ledgerId of trimmed) this.lastPublish.delete(ledgerId);
    return trimmed;
  }

  /** Every message below this offset is acknowledged by every subscription, and held by no one. */
  private consumedBelow(): number {
    let below = Number.POSITIVE_INFINITY;
    for (const subscription of this.topic.subscriptions.values()) {
      // The persisted mark-delete: a takeover after the trim must not find its cursor in a deleted ledger's past.
      below = Math.min(below, subscription.cursor.persistedMarkDeleteOffset);
    }
    for (const hold of this.holds) below = Math.min(below, hold.offset);
    return below;
  }

  private async lastPublishTime(ledgerId: number, entries: number): Promise<number> {
    const known = this.lastPublish.get(ledgerId);
    if (known !== undefined) return known;
    if (entries <= 0) return 0;
    const [last] = await this.topic.ledger.read({ ledgerId, entryId: entries - 1 }, 1);
    const time = last?.ledgerId === ledgerId ? last.entry.publishTime : Date.now();
    this.lastPublish.set(ledgerId, time);
    return time;
  }
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}
