import { setTimeout as delay } from 'node:timers/promises';
import { BrookError, ErrorCode, type pb, validateSubscriptionName } from '@brook/protocol';
import type { Logger } from 'pino';
import type { ManagedLedger } from '../ledger/ManagedLedger.js';
import { PositionFinder } from '../ledger/PositionFinder.js';
import {
  afterMove,
  type CursorTarget,
  stateAfterSkipping,
  stateAt,
  validateTarget,
} from '../subscription/cursor/CursorReset.js';
import type { CursorState, CursorStore, VersionedCursor } from '../subscription/cursor/CursorStore.js';
import { MemoryCursorStore } from '../subscription/cursor/MemoryCursorStore.js';
import type { Subscription } from '../subscription/Subscription.js';

/** Where a subscription's cursor state is written and read back. */
export type CursorStateStore = Pick<CursorStore, 'write' | 'read'>;

/** A consumer stream attached to a topic, and the subscription it consumes. */
export interface SubscriptionStream {
  readonly subscription?: Subscription | undefined;
  close(error: BrookError): void;
}

/** What SubscriptionControl needs of its topic. */
export interface SubscriptionHost {
  readonly topic: string;
  readonly ledger: ManagedLedger;
  readonly subscriptions: Map<string, Subscription>;
  /** Subscriptions being created or replaced: a subscriber of one of these names waits for it. */
  readonly pending: Map<string, Promise<Subscription>>;
  readonly cursors: CursorStore;
  build(name: string, state: CursorState, version: number, store: CursorStateStore): Subscription;
  streams(): Iterable<SubscriptionStream>;
  /** True once the topic is closing: nothing new is installed then. */
  closed(): boolean;
  /**
   * Keeps retention from deleting messages at or above `offset` until the returned function is
   * called: a subscription being created or moved is not in `subscriptions`, where retention looks.
   */
  holdRetention(offset: number): () => void;
  logger: Logger;
}

/** Where a position lands: the subscription's new mark-delete point and its backlog. */
export interface CursorPosition {
  markDeleteOffset: number;
  backlog: number;
}

/** How long a reader's subscription waits for its consumer to come back after a reset, or to join at all. */
const READER_JOIN_MS = 30_000;

/**
 * Creates, moves and deletes a topic's subscriptions on request (admin calls, a consumer's seek, a
 * reader's subscribe), next to the implicit creation on first subscribe that Topic does.
 *
 * A move (reset, seek, skip, clear backlog) replaces the Subscription object: the old one stops,
 * its consumers' streams end with SUBSCRIPTION_RESET (retriable), its state is flushed, the new
 * state is written by compare-and-set, and a new Subscription dispatches from there. So nothing the
 * old one held — queued entries, holders, delayed entries, redelivery counts — carries over, and
 * consumers resubscribe and drop what they had queued. Subscribers arriving meanwhile wait for the
 * new one. Operations on one subscription run one at a time.
 *
 * A reader's subscription is non-durable: its state lives in memory only (MemoryCursorStore) and
 * it goes away when its consumer leaves.
 */
export class SubscriptionControl {
  private readonly finder: PositionFinder;
  /** The non-durable subscriptions, with the memory their state lives in. */
  private readonly memory = new Map<Subscription, MemoryCursorStore>();
  private readonly serialized = new Map<string, Promise<unknown>>();

  constructor(private readonly host: SubscriptionHost) {
    this.finder = new PositionFinder(host.ledger);
  }

  isDurable(subscription: Subscription): boolean {
    return !this.memory.has(subscription);
  }

  /** The position finder of this topic's log. */
  get positions(): PositionFinder {
    return this.finder;
  }

  /** A reader's subscription, created at `start` in memory if it does not exist; a durable one by that name is refused. */
  subscribeNonDurable(name: string, start: Exclude<CursorTarget, { kind: 'skip' }>): Promise<Subscription> {
    return this.serially(name, async () => {
      validateTarget(start);
      const existing = await this.current(name);
      if (existing) {
        if (this.isDurable(existing)) {
          throw new BrookError(ErrorCode.InvalidArgument, `${name} is a durable subscription of ${this.host.topic}`);
        }
        return existing;
      }
      return this.install(name, async () => {
        const store = new MemoryCursorStore();
        const state = await stateAt(this.finder, start);
        return { state, version: await store.write(this.host.topic, name, state, 0), store };
      });
    });
  }

  /** After a consumer left: a reader's subscription without consumers goes away. */
  consumerLeft(subscription: Subscription | undefined): void {
    if (!subscription || this.isDurable(subscription) || subscription.consumers.length > 0) return;
    if (this.host.subscriptions.get(subscription.name) !== subscription) return;
    this.host.subscriptions.delete(subscription.name);
    this.memory.delete(subscription);
    void subscription.close({ persist: false });
  }

  /** Creates a durable subscription at `start`; SUBSCRIPTION_ALREADY_EXISTS if it exists. */
  create(name: string, start: Exclude<CursorTarget, { kind: 'skip' }>): Promise<CursorPosition> {
    validateSubscriptionName(name);
    return this.serially(name, async () => {
      validateTarget(start);
      if (await this.current(name)) {
        throw new BrookError(
          ErrorCode.SubscriptionAlreadyExists,
          `${this.host.topic} already has subscription ${name}`,
        );
      }
      const created = await this.install(name, async () => {
        const state = await stateAt(this.finder, start);
        const store = this.host.cursors;
        return { state, version: await store.write(this.host.topic, name, state, 0), store };
      });
      return this.positionOf(created);
    });
  }

  /**
   * Deletes a subscription and its cursor. Refused with SUBSCRIPTION_BUSY while consumers are
   * connected, unless `force`: their streams then end with SUBSCRIPTION_NOT_FOUND.
   */
  delete(name: string, force: boolean): Promise<void> {
    return this.serially(name, async () => {
      const subscription = await this.existing(name);
      if (subscription.consumers.length > 0 && !force) {
        throw new BrookError(
          ErrorCode.SubscriptionBusy,
          `subscription ${name} of ${this.host.topic} has ${subscription.consumers.length} consumers connected`,
        );
      }
      this.host.subscriptions.delete(name);
      const durable = this.isDurable(subscription);
      this.memory.delete(subscription);
      this.endStreams(subscription, new BrookError(ErrorCode.SubscriptionNotFound, `subscription ${name} was deleted`));
      // Flushing first lets a persist in flight land before the key is deleted, not after.
      await subscription.close({ persist: true });
      if (durable) await this.host.cursors.delete(this.host.topic, name);
    });
  }

  /**
   * Moves a subscription to `target`, forward or backward (see the class comment). `except` is the
   * stream that asked (a consumer's seek): it is left open, to answer before it ends.
   */
  reset(name: string, target: CursorTarget, except?: SubscriptionStream): Promise<CursorPosition> {
    return this.serially(name, async () => {
      // A bad target is refused before anything changes: consumers stay connected.
      validateTarget(target);
      const old = await this.existing(name);
      const store = this.storeOf(old);
      // Everything but a skip is found before anything changes, so a bad target changes nothing.
      const moved = target.kind === 'skip' ? undefined : await stateAt(this.finder, target);
      // Out of the map until put() or restore(): retention keeps both the old and the new position
      // (a skip only moves forward from what the old one persisted).
      const release = this.host.holdRetention(
        Math.min(old.cursor.persistedMarkDeleteOffset, moved?.markDelete.offset ?? Number.POSITIVE_INFINITY),
      );
      const replaced = this.holdFor(name);
      this.endStreams(old, new BrookError(ErrorCode.SubscriptionReset, `subscription ${name} was reset`), except);
      let next: VersionedCursor;
      try {
        // Flushing lets a persist in flight land first, and gives a skip the latest acknowledgements.
        await old.close({ persist: true });
        const current = await this.read(store, name);
        const state = afterMove(
          current.state,
          moved ?? (await stateAfterSkipping(this.finder, current.state, (target as { count: number }).count)),
        );
        next = { state, version: await store.write(this.host.topic, name, state, current.version) };
      } catch (error) {
        void this.restore(name, store, replaced).finally(release);
        throw error;
      }
      try {
        const subscription = this.put(name, next, store, replaced);
        if (!this.isDurable(subscription)) this.expireUnjoined(subscription);
        return this.positionOf(subscription);
      } finally {
        release();
      }
    });
  }

  /** The topic's subscriptions, durable and not. */
  list(): pb.ISubscriptionInfo[] {
    return [...this.host.subscriptions.values()].map((s) => ({
      name: s.name,
      type: wireTypes[s.type ?? 'Exclusive'],
      durable: this.isDurable(s),
      backlog: s.cursor.backlog(this.host.ledger.nextOffset),
      consumerCount: s.consumers.length,
      unackedCount: s.unackedMessages,
      markDeleteOffset: s.cursor.markDeleteOffset,
    }));
  }

  private positionOf(subscription: Subscription): CursorPosition {
    return {
      markDeleteOffset: subscription.cursor.markDeleteOffset,
      backlog: subscription.cursor.backlog(this.host.ledger.nextOffset),
    };
  }

  /** The subscription once any creation or replacement in progress finished. */
  private async current(name: string): Promise<Subscription | undefined> {
    for (let pending = this.host.pending.get(name); pending; pending = this.host.pending.get(name)) {
      await pending.catch(() => undefined);
      if (this.host.pending.get(name) === pending) break;
    }
    return this.host.subscriptions.get(name);
  }

  private async existing(name: string): Promise<Subscription> {
    const subscription = await this.current(name);
    if (!subscription)
      throw new BrookError(ErrorCode.SubscriptionNotFound, `${this.host.topic} has no subscription ${name}`);
    return subscription;
  }

  private storeOf(subscription: Subscription): CursorStateStore {
    return this.memory.get(subscription) ?? this.host.cursors;
  }

  private async read(store: CursorStateStore, name: string): Promise<VersionedCursor> {
    const stored = await store.read(this.host.topic, name);
    if (!stored) throw new BrookError(ErrorCode.SubscriptionNotFound, `the cursor of ${name} is gone`);
    return stored;
  }

  /** Creates a subscription from what `make` wrote; subscribers of the name wait for it meanwhile. */
  private install(
    name: string,
    make: () => Promise<VersionedCursor & { store: CursorStateStore }>,
  ): Promise<Subscription> {
    // Where it starts is not known until `make` found it: retention keeps everything meanwhile.
    const release = this.host.holdRetention(Number.NEGATIVE_INFINITY);
    const replaced = this.holdFor(name);
    void make()
      .then(
        ({ store, ...cursor }) => {
          try {
            const subscription = this.put(name, cursor, store, replaced);
            if (!this.isDurable(subscription)) this.expireUnjoined(subscription);
          } catch {
            // put() rejected the promise already.
          }
        },
        (error: unknown) => replaced.reject(error),
      )
      .finally(release);
    return replaced.promise;
  }

  /** Builds the subscription and makes it the current one, unless the topic is closing. */
  private put(name: string, cursor: VersionedCursor, store: CursorStateStore, held: Held): Subscription {
    const subscription = this.host.build(name, cursor.state, cursor.version, store);
    if (store instanceof MemoryCursorStore) this.memory.set(subscription, store);
    if (this.host.closed()) {
      this.memory.delete(subscription);
      void subscription.close({ persist: false });
      const error = new BrookError(ErrorCode.Unavailable, `topic ${this.host.topic} is closing`);
      held.reject(error);
      throw error;
    }
    this.host.subscriptions.set(name, subscription);
    held.resolve(subscription);
    return subscription;
  }

  /**
   * After a failed move: builds the subscription again from its stored state, retrying while the
   * store is unreachable, so the name does not stay without a subscription. Gives up once the topic closes.
   */
  private async restore(name: string, store: CursorStateStore, held: Held): Promise<void> {
    for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
      if (this.host.closed()) {
        held.reject(new BrookError(ErrorCode.Unavailable, `topic ${this.host.topic} is closing`));
        return;
      }
      try {
        this.put(name, await this.read(store, name), store, held);
        return;
      } catch (error) {
        this.host.logger.warn(
          { err: error, topic: this.host.topic, subscription: name },
          'subscription not restored yet',
        );
      }
      await delay(wait);
    }
  }

  /** A reader's subscription nobody joins (its reader closed meanwhile) goes away after a while. */
  private expireUnjoined(subscription: Subscription): void {
    setTimeout(() => this.consumerLeft(subscription), READER_JOIN_MS).unref();
  }

  /** Takes the name out of the topic's subscriptions; subscribers wait for what `held` resolves to. */
  private holdFor(name: string): Held {
    let resolve!: (subscription: Subscription) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Subscription>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => {});
    this.host.subscriptions.delete(name);
    this.host.pending.set(name, promise);
    const done = () => {
      if (this.host.pending.get(name) === promise) this.host.pending.delete(name);
    };
    return {
      promise,
      resolve: (subscription) => {
        done();
        resolve(subscription);
      },
      reject: (error) => {
        done();
        reject(error);
      },
    };
  }

  private endStreams(subscription: Subscription, error: BrookError, except?: SubscriptionStream): void {
    for (const stream of [...this.host.streams()]) {
      if (stream.subscription === subscription && stream !== except) stream.close(error);
    }
  }

  /** Runs operations on one subscription one at a time. */
  private serially<T>(name: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.serialized.get(name) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const settled = result.catch(() => undefined);
    this.serialized.set(name, settled);
    void settled.then(() => {
      if (this.serialized.get(name) === settled) this.serialized.delete(name);
    });
    return result;
  }
}

interface Held {
  readonly promise: Promise<Subscription>;
  resolve(subscription: Subscription): void;
  reject(error: unknown): void;
}

const wireTypes = { Exclusive: 0, Shared: 1, Failover: 2, KeyShared: 3 } as const;
