/**
 * What a fault test saw: every send's outcome and every message each subscription received.
 * `check` finds acknowledged messages that were lost, duplicated, reordered per key, or never
 * delivered: the invariants that must hold whatever process was killed or paused.
 */
export interface SendRecord {
  key: string;
  value: string;
  outcome: 'acked' | 'failed' | 'pending';
  offset?: number;
}

export interface Violations {
  /** Acknowledged sends a subscription never received. */
  lost: string[];
  /** Values a subscription received more than once. */
  duplicated: string[];
  /** Keys whose values arrived out of send order. */
  reordered: string[];
  /** Values received that no send produced. */
  unknown: string[];
}

export class History {
  readonly sends: SendRecord[] = [];
  private readonly received = new Map<string, string[]>();

  /** Records a send before it is made; settle it with the returned callbacks. */
  send(key: string, value: string): { acked: (offset: number) => void; failed: () => void } {
    const record: SendRecord = { key, value, outcome: 'pending' };
    this.sends.push(record);
    return {
      acked: (offset) => {
        record.outcome = 'acked';
        record.offset = offset;
      },
      failed: () => {
        record.outcome = 'failed';
      },
    };
  }

  receive(subscription: string, value: string): void {
    let values = this.received.get(subscription);
    if (!values) this.received.set(subscription, (values = []));
    values.push(value);
  }

  receivedBy(subscription: string): readonly string[] {
    return this.received.get(subscription) ?? [];
  }

  get acked(): SendRecord[] {
    return this.sends.filter((s) => s.outcome === 'acked');
  }

  /** Checks one subscription's deliveries against the sends. */
  check(subscription: string): Violations {
    const values = this.receivedBy(subscription);
    const sent = new Map(this.sends.map((s, index) => [s.value, { ...s, index }]));
    const seen = new Set<string>();
    const violations: Violations = { lost: [], duplicated: [], reordered: [], unknown: [] };
    const lastIndexByKey = new Map<string, number>();
    for (const value of values) {
      const send = sent.get(value);
      if (!send) {
        violations.unknown.push(value);
        continue;
      }
      if (seen.has(value)) {
        violations.duplicated.push(value);
        continue;
      }
      seen.add(value);
      const last = lastIndexByKey.get(send.key) ?? -1;
      if (send.index < last) violations.reordered.push(`${send.key}: ${value}`);
      lastIndexByKey.set(send.key, Math.max(last, send.index));
    }
    for (const send of this.acked) if (!seen.has(send.value)) violations.lost.push(send.value);
    return violations;
  }
}
