import { AutoSplitHashRanges } from './AutoSplitHashRanges.js';
import type { ConsumerSelector, DispatchPass } from './ConsumerSelector.js';
import type { OutstandingEntry } from '../cursor/Cursor.js';
import type { ServerConsumer } from '../ServerConsumer.js';
import { stickyKeySlot } from './stickyKeyHash.js';

/** Slots whose hold records are re-checked per dispatch pass besides the ones the pass touches. */
const SWEEP_SLOTS_PER_PASS = 16;

/**
 * Key_Shared: an entry's key (the key its whole batch shares; none hashes as the empty key) is
 * hashed onto one of 65,536 slots (stickyKeySlot), and slots are split among the consumers by
 * AutoSplitHashRanges. Per-key order holds because, per slot:
 *
 * - entries go out in offset order: once an entry of a slot waits, every later entry of that
 *   slot in the queue waits behind it, while entries of other slots go past;
 * - one consumer at a time holds a slot's unacknowledged entries: when the slot's owner changes
 *   (a consumer joined and took part of a range), the new owner gets nothing of that slot until
 *   the previous holder acknowledged (or gave back) everything it holds of it ("draining");
 * - a consumer that leaves gives back its entries, which are older than anything of their slots
 *   still queued and so go out first, to the slots' new owners.
 *
 * Blocking is per slot, so keys that share a slot wait for each other.
 */
export class KeySharedSelector implements ConsumerSelector {
  readonly readsPastBlocked = true;
  private readonly ranges = new AutoSplitHashRanges<ServerConsumer>();
  private readonly members = new Set<ServerConsumer>();
  /** Slots of entries seen, so a redelivery is not hashed again. */
  private readonly slots = new WeakMap<OutstandingEntry, number>();
  /** Slot → the consumer holding unacknowledged entries of it, and those entries (checked lazily). */
  private readonly held = new Map<number, { consumer: ServerConsumer; entries: Set<OutstandingEntry> }>();
  private sweeper: IterableIterator<number> = this.held.keys();

  admits(): boolean {
    return true;
  }

  consumersChanged(consumers: readonly ServerConsumer[]): readonly ServerConsumer[] {
    for (const member of [...this.members]) {
      if (consumers.includes(member)) continue;
      this.members.delete(member);
      this.ranges.remove(member);
    }
    for (const consumer of consumers) {
      if (this.members.has(consumer)) continue;
      this.members.add(consumer);
      this.ranges.add(consumer);
    }
    return [];
  }

  /** The consumer owning `key`'s slot now. */
  ownerOf(key: string | undefined): ServerConsumer | undefined {
    return this.ranges.owner(stickyKeySlot(key));
  }

  /** The slot ranges and their consumers, in slot order. */
  assignments(): { start: number; end: number; consumer: ServerConsumer }[] {
    return this.ranges.list();
  }

  startPass(): DispatchPass {
    this.sweep(SWEEP_SLOTS_PER_PASS);
    /** Slots whose holder was checked in this pass. */
    const checked = new Set<number>();
    /** Slots with an entry waiting in this pass: their later entries wait too. */
    const blocked = new Set<number>();
    return {
      pick: (entry) => {
        const slot = this.slotOf(entry);
        if (blocked.has(slot)) return undefined;
        if (!checked.has(slot)) {
          this.check(slot);
          checked.add(slot);
        }
        const owner = this.ranges.owner(slot);
        const held = this.held.get(slot);
        if (!owner?.ready || (held !== undefined && held.consumer !== owner)) {
          blocked.add(slot);
          return undefined;
        }
        if (held) held.entries.add(entry);
        else this.held.set(slot, { consumer: owner, entries: new Set([entry]) });
        return owner;
      },
    };
  }

  /**
   * Drops a slot's record once its consumer holds none of the entries in it any more (each
   * acknowledged in full, or given back). Holds are read from the entries themselves, so whatever
   * gives an entry back (leave, redelivery, seek) is seen. Entries no longer held are dropped as
   * met and the scan stops at the first one still held, so each entry is passed over once.
   */
  private check(slot: number): void {
    const held = this.held.get(slot);
    if (!held) return;
    for (const entry of held.entries) {
      if (entry.holder === held.consumer && entry.acked.size < entry.count) return;
      held.entries.delete(entry);
    }
    this.held.delete(slot);
  }

  /** Checks a few more slots each pass, so records of keys no longer dispatched do not linger. */
  private sweep(count: number): void {
    for (let i = 0; i < count && this.held.size > 0; i++) {
      let next = this.sweeper.next();
      if (next.done) {
        this.sweeper = this.held.keys();
        next = this.sweeper.next();
        if (next.done) return;
      }
      this.check(next.value);
    }
  }

  private slotOf(entry: OutstandingEntry): number {
    let slot = this.slots.get(entry);
    if (slot === undefined) {
      slot = stickyKeySlot(entry.key);
      this.slots.set(entry, slot);
    }
    return slot;
  }
}
