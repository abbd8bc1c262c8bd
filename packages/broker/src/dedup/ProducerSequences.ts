/**
 * Per producer name, the highest sequence id of a topic's log, in two versions: `pushed` counts
 * batches handed to the managed ledger (possibly still in flight), `persisted` only batches whose
 * append completed. A batch covers ids [sequenceId, sequenceId + messageCount − 1] and is a
 * duplicate when its first id is at or below `pushed` (Pulsar's rule: by first sequence id, so a
 * batch overlapping what was stored counts as a resend as a whole).
 *
 * Rules: `persisted <= pushed` per name; both only grow; only `persisted` is ever written to a
 * snapshot, so nothing that is merely in flight can survive an unload.
 *
 * Memory: one small record per producer name ever seen on the topic, until `dropInactive` removes
 * names that are not connected and have not published for a while.
 */
export class ProducerSequences {
  private readonly producers = new Map<string, ProducerSequence>();

  /** Starts from persisted ids (a snapshot); every name counts as active at `now`. */
  constructor(persisted: Readonly<Record<string, number>> = {}, now = Date.now()) {
    for (const [name, id] of Object.entries(persisted)) {
      this.producers.set(name, { pushed: id, persisted: id, connections: 0, lastActiveAt: now });
    }
  }

  get size(): number {
    return this.producers.size;
  }

  /** How a batch whose first id is `sequenceId` relates to what the topic holds for `name`. */
  check(name: string, sequenceId: number): 'new' | 'duplicate' | 'pending' {
    const producer = this.producers.get(name);
    if (!producer || sequenceId > producer.pushed) return 'new';
    return sequenceId <= producer.persisted ? 'duplicate' : 'pending';
  }

  /** A batch ending at `lastSequenceId` was handed to the ledger. */
  push(name: string, lastSequenceId: number, now = Date.now()): void {
    const producer = this.entry(name, now);
    producer.pushed = Math.max(producer.pushed, lastSequenceId);
    producer.lastActiveAt = now;
  }

  /** A batch ending at `lastSequenceId` is durable (its append completed, or it was replayed from the log). */
  persist(name: string, lastSequenceId: number, now = Date.now()): void {
    const producer = this.entry(name, now);
    producer.persisted = Math.max(producer.persisted, lastSequenceId);
    producer.pushed = Math.max(producer.pushed, producer.persisted);
  }

  /** The highest persisted id for `name`; −1 if none. */
  lastPersisted(name: string): number {
    return this.producers.get(name)?.persisted ?? -1;
  }

  connected(name: string, now = Date.now()): void {
    const producer = this.entry(name, now);
    producer.connections++;
    producer.lastActiveAt = now;
  }

  disconnected(name: string, now = Date.now()): void {
    const producer = this.producers.get(name);
    if (!producer) return;
    producer.connections = Math.max(0, producer.connections - 1);
    producer.lastActiveAt = now;
  }

  /**
   * Forgets names with no connection and no activity since `now − inactivityMs`. A forgotten
   * producer that comes back starts from −1: its resends of batches stored before are stored again.
   */
  dropInactive(now: number, inactivityMs: number): string[] {
    const dropped: string[] = [];
    for (const [name, producer] of this.producers) {
      if (producer.connections > 0 || producer.pushed > producer.persisted) continue;
      if (now - producer.lastActiveAt < inactivityMs) continue;
      this.producers.delete(name);
      dropped.push(name);
    }
    return dropped;
  }

  /** Persisted ids only, for a snapshot. */
  persistedIds(): Record<string, number> {
    const ids: Record<string, number> = {};
    for (const [name, producer] of this.producers) if (producer.persisted >= 0) ids[name] = producer.persisted;
    return ids;
  }

  private entry(name: string, now: number): ProducerSequence {
    let producer = this.producers.get(name);
    if (!producer) {
      producer = { pushed: -1, persisted: -1, connections: 0, lastActiveAt: now };
      this.producers.set(name, producer);
    }
    return producer;
  }
}

interface ProducerSequence {
  pushed: number;
  persisted: number;
  connections: number;
  lastActiveAt: number;
}
