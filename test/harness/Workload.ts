import { BrookClient, type Consumer, type Producer } from '@brook/client';
import type { MetadataStore } from '@brook/metadata';
import { parseTopicName } from '@brook/protocol';
import { History, type SendRecord, type Violations } from './History.js';

export interface WorkloadOptions {
  /** `brook://host:port` the clients look topics up at. */
  serviceUrl: string;
  topic: string;
  producers?: number;
  /** Each producer sends keys of its own, round robin, so per-key order is one producer's order. */
  keysPerProducer?: number;
  /** One Exclusive consumer each, subscribed from the earliest message before producing starts. */
  subscriptions?: string[];
  /** Pause between two sends of one producer: a steady rate, not a wait for an event. */
  sendIntervalMs?: number;
  /** Sends one producer has unacknowledged, at most. */
  maxInFlight?: number;
  /** Sends per producer, at most (a bound; `stop()` usually comes first). */
  maxSends?: number;
  sendTimeoutMs?: number;
}

/** An acknowledged send: when, by which producer, and the producer's broker at the time. */
export interface AckRecord {
  at: number;
  producer: number;
  value: string;
  /** -1 for a send the broker recognised as a resend of a stored message (position not reported). */
  offset: number;
  /** The broker the producer's stream was on when the receipt came: `initial` before any reconnect. */
  brokerUrl: string;
}

export interface ReconnectRecord {
  at: number;
  who: string;
  type: 'disconnected' | 'reconnected';
  detail: string;
}

export interface WorkloadReport {
  bySubscription: Record<string, Violations & { received: number }>;
  acked: number;
  failed: number;
  pending: number;
  /** Two acknowledged sends with one offset, or two values received at one offset. */
  offsetConflicts: string[];
  /** A received message whose offset differs from the one its send was acknowledged with. */
  offsetMismatches: string[];
  /** Errors that ended a consumer. */
  consumerErrors: string[];
  sendErrors: Record<string, number>;
}

/**
 * Producers and consumers of one topic running while a test injects a fault. Every send is
 * recorded in a History before it is made and settled with its outcome; every message a consumer
 * processes is recorded before it is acknowledged. Every loop is bounded in count and time.
 *
 * `stop()` ends producing and waits for every send to settle; `drain()` then sends one marker per
 * producer (the last message of its keys) and waits until every subscription processed every
 * acknowledged message; `report()` checks the invariants.
 */
export class Workload {
  readonly history = new History();
  readonly acks: AckRecord[] = [];
  readonly connectionEvents: ReconnectRecord[] = [];
  readonly #options: Required<WorkloadOptions>;
  readonly #clients: BrookClient[] = [];
  readonly #producers: Producer[] = [];
  readonly #brokerOf: string[] = [];
  readonly #consumers: Consumer[] = [];
  readonly #consuming: Promise<void>[] = [];
  readonly #producing: Promise<void>[] = [];
  readonly #receivedOffsets = new Map<string, Map<string, number>>();
  readonly #sendByValue = new Map<string, SendRecord>();
  #settled = 0;
  readonly #offsetMismatches: string[] = [];
  readonly #consumerErrors: string[] = [];
  readonly #sendErrors: Record<string, number> = {};
  readonly #progress = new Set<() => void>();
  #stopped = false;

  constructor(options: WorkloadOptions) {
    this.#options = {
      producers: 2,
      keysPerProducer: 2,
      subscriptions: ['sub-a', 'sub-b'],
      sendIntervalMs: 5,
      maxInFlight: 100,
      maxSends: 20_000,
      sendTimeoutMs: 20_000,
      ...options,
    };
  }

  /** A client with the test's fast retry profile (reconnects at most 500 ms apart). */
  client(serviceUrl = this.#options.serviceUrl): BrookClient {
    const client = new BrookClient({
      serviceUrl,
      operationTimeoutMs: 10_000,
      reconnect: { initialDelayMs: 50, maxDelayMs: 500 },
    });
    this.#clients.push(client);
    return client;
  }

  /** Subscribes every consumer, opens every producer and starts sending. */
  async start(): Promise<void> {
    const { topic, subscriptions, producers } = this.#options;
    for (const subscription of subscriptions) {
      const consumer = await this.client().subscribe({
        topic,
        subscription,
        type: 'Exclusive',
        initialPosition: 'Earliest',
        receiverQueueSize: 200,
      });
      this.#consumers.push(consumer);
      this.#watchEvents(`consumer ${subscription}`, consumer.events());
      this.#consuming.push(this.#consume(subscription, consumer));
    }
    const client = this.client();
    for (let p = 0; p < producers; p++) {
      const producer = await client.createProducer({
        topic,
        name: `producer-${p}`,
        sendTimeoutMs: this.#options.sendTimeoutMs,
        maxPendingMessages: this.#options.maxInFlight,
      });
      this.#producers.push(producer);
      this.#brokerOf.push('initial');
      this.#watchEvents(`producer ${p}`, producer.events(), p);
    }
    for (let p = 0; p < producers; p++) this.#producing.push(this.#produce(p));
  }

  /** Resolves once `count` more sends were acknowledged after now, or rejects after timeoutMs. */
  acknowledged(count: number, timeoutMs: number, since = Date.now()): Promise<void> {
    return this.#until(() => this.acks.filter((ack) => ack.at >= since).length >= count, timeoutMs, `${count} acks`);
  }

  /** Stops producing and waits, at most sendTimeoutMs + 5 s, for every send to settle. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#notify();
    await this.#until(
      () => this.#settled === this.history.sends.length,
      this.#options.sendTimeoutMs + 5_000,
      'every send settled',
    ).finally(() => Promise.all(this.#producing));
  }

  /**
   * Sends one marker per producer (retrying a failed one a few times), then waits until every
   * subscription processed every acknowledged message.
   */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await Promise.all(
      this.#producers.map(async (producer, p) => {
        for (let attempt = 0; attempt < 5 && Date.now() < deadline; attempt++) {
          if (await this.#sendOne(producer, p, `end-${p}`, `end-${p}-${attempt}`)) return;
        }
      }),
    );
    await this.#until(
      () => this.#options.subscriptions.every((sub) => this.#processedAllAcked(sub)),
      Math.max(1, deadline - Date.now()),
      'every acknowledged message processed by every subscription',
    );
  }

  /** Sends one message through a producer of the caller's (a probe) and records it; true if acknowledged. */
  async probe(producer: Producer, key: string, value: string): Promise<boolean> {
    return this.#sendOne(producer, -1, key, value);
  }

  /**
   * Reads the whole topic again on a new subscription, from the earliest message, until every
   * acknowledged message came (or timeoutMs), and checks what it read.
   */
  async replay(subscription: string, timeoutMs: number): Promise<Violations & { received: number }> {
    const consumer = await this.client().subscribe({
      topic: this.#options.topic,
      subscription,
      type: 'Exclusive',
      initialPosition: 'Earliest',
      receiverQueueSize: 1000,
    });
    const wanted = new Set(this.history.acked.map((send) => send.value));
    const timer = setTimeout(() => void consumer.close(), timeoutMs);
    try {
      for await (const message of consumer) {
        const value = message.value.toString('utf8');
        this.history.receive(subscription, value);
        wanted.delete(value);
        await consumer.ack(message);
        if (wanted.size === 0) break;
      }
    } finally {
      clearTimeout(timer);
      await consumer.close();
    }
    return { ...this.history.check(subscription), received: this.history.receivedBy(subscription).length };
  }

  /**
   * Resolves once every subscription's stored cursor (`/brook/cursors/<topic>/<sub>`) is past the
   * last message it processed: the owner persists acknowledgements (every cursorPersistIntervalMs).
   * Rejects after timeoutMs with the cursors it saw.
   */
  async cursorsPersisted(metadata: MetadataStore, timeoutMs: number): Promise<void> {
    const topic = parseTopicName(this.#options.topic).full;
    const deadline = Date.now() + timeoutMs;
    let seen: Record<string, number | undefined> = {};
    for (;;) {
      seen = {};
      let done = true;
      for (const sub of this.#options.subscriptions) {
        const kv = await metadata.get(`/brook/cursors/${topic}/${sub}`);
        const markDelete = kv && (JSON.parse(kv.value.toString('utf8')) as { markDelete: { offset: number } });
        const last = Math.max(-1, ...(this.#receivedOffsets.get(sub)?.values() ?? []));
        seen[sub] = markDelete?.markDelete.offset;
        if ((markDelete?.markDelete.offset ?? -1) <= last) done = false;
      }
      if (done) return;
      if (Date.now() > deadline) {
        throw new Error(`cursors not persisted within ${timeoutMs} ms: mark-delete offsets ${JSON.stringify(seen)}`);
      }
      // A state only visible in the store: polled.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  report(): WorkloadReport {
    const bySubscription: WorkloadReport['bySubscription'] = {};
    const offsetConflicts: string[] = [];
    for (const sub of this.#options.subscriptions) {
      bySubscription[sub] = { ...this.history.check(sub), received: this.history.receivedBy(sub).length };
      const byOffset = new Map<number, string>();
      for (const [value, offset] of this.#receivedOffsets.get(sub) ?? []) {
        const other = byOffset.get(offset);
        if (other !== undefined && other !== value) offsetConflicts.push(`${sub}: ${other} and ${value} at ${offset}`);
        byOffset.set(offset, value);
      }
    }
    const ackedAt = new Map<number, string>();
    for (const send of this.history.acked) {
      if (send.offset === undefined || send.offset < 0) continue;
      const other = ackedAt.get(send.offset);
      if (other !== undefined) offsetConflicts.push(`acked: ${other} and ${send.value} at ${send.offset}`);
      ackedAt.set(send.offset, send.value);
    }
    const count = (outcome: string) => this.history.sends.filter((send) => send.outcome === outcome).length;
    return {
      bySubscription,
      acked: count('acked'),
      failed: count('failed'),
      pending: count('pending'),
      offsetConflicts,
      offsetMismatches: this.#offsetMismatches,
      consumerErrors: this.#consumerErrors,
      sendErrors: this.#sendErrors,
    };
  }

  /** The first acknowledgement at or after `since` whose producer had reconnected to `brokerUrl`. */
  firstAckOn(brokerUrl: string, since: number): AckRecord | undefined {
    return this.acks.find((ack) => ack.at >= since && ack.brokerUrl === brokerUrl);
  }

  async close(): Promise<void> {
    this.#stopped = true;
    this.#notify();
    for (const consumer of this.#consumers) await consumer.close().catch(() => {});
    await Promise.allSettled(this.#consuming);
    await Promise.allSettled(this.#clients.map((client) => client.close()));
  }

  async #produce(p: number): Promise<void> {
    const { keysPerProducer, maxSends, maxInFlight, sendIntervalMs, sendTimeoutMs } = this.#options;
    const producer = this.#producers[p] as Producer;
    const deadline = Date.now() + 120_000;
    const inFlight = new Set<Promise<void>>();
    for (let n = 0; n < maxSends && !this.#stopped && Date.now() < deadline; n++) {
      if (inFlight.size >= maxInFlight) {
        await Promise.race([...inFlight, this.#nextProgress(sendTimeoutMs)]);
        n--;
        continue;
      }
      const key = `k${p * keysPerProducer + (n % keysPerProducer)}`;
      const sending = this.#sendOne(producer, p, key, `${key}-${n}`).then(() => {
        inFlight.delete(sending);
      });
      inFlight.add(sending);
      // Pacing: a steady send rate while the fault happens, not a wait for an event.
      await new Promise((resolve) => setTimeout(resolve, sendIntervalMs));
    }
    await Promise.all(inFlight);
  }

  async #sendOne(producer: Producer, p: number, key: string, value: string): Promise<boolean> {
    const outcome = this.history.send(key, value);
    this.#sendByValue.set(value, this.history.sends.at(-1) as SendRecord);
    try {
      const id = await producer.send({ key, value });
      outcome.acked(id.offset);
      this.acks.push({
        at: Date.now(),
        producer: p,
        value,
        offset: id.offset,
        brokerUrl: this.#brokerOf[p] ?? 'probe',
      });
      return true;
    } catch (error) {
      outcome.failed();
      const code = (error as { code?: string }).code ?? String(error);
      this.#sendErrors[code] = (this.#sendErrors[code] ?? 0) + 1;
      return false;
    } finally {
      this.#settled++;
      this.#notify();
    }
  }

  #processedAllAcked(subscription: string): boolean {
    const received = this.#receivedOffsets.get(subscription);
    return this.history.acked.every((send) => received?.has(send.value));
  }

  async #consume(subscription: string, consumer: Consumer): Promise<void> {
    const offsets = new Map<string, number>();
    this.#receivedOffsets.set(subscription, offsets);
    try {
      for await (const message of consumer) {
        const value = message.value.toString('utf8');
        // Processing: recorded first, acknowledged after.
        this.history.receive(subscription, value);
        offsets.set(value, message.offset);
        const send = this.#sendByValue.get(value);
        if (
          send?.outcome === 'acked' &&
          send.offset !== undefined &&
          send.offset >= 0 &&
          send.offset !== message.offset
        ) {
          this.#offsetMismatches.push(
            `${subscription}: ${value} acked at ${send.offset}, received at ${message.offset}`,
          );
        }
        await consumer.ack(message).catch(() => {});
        this.#notify();
      }
    } catch (error) {
      if (!this.#stopped) this.#consumerErrors.push(`${subscription}: ${String(error)}`);
    }
  }

  #watchEvents(who: string, events: AsyncIterableIterator<{ type: string; [field: string]: unknown }>, p?: number) {
    void (async () => {
      for await (const event of events) {
        const detail =
          event.type === 'reconnected' ? String(event.brokerUrl) : String((event.error as Error | undefined)?.message);
        this.connectionEvents.push({ at: Date.now(), who, type: event.type as ReconnectRecord['type'], detail });
        if (p !== undefined) this.#brokerOf[p] = event.type === 'reconnected' ? String(event.brokerUrl) : 'none';
      }
    })().catch(() => {});
  }

  #notify(): void {
    for (const wake of [...this.#progress]) wake();
  }

  /** Resolves at the next send settled or message processed, or after ms. */
  #nextProgress(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#progress.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#progress.add(done);
    });
  }

  /** Re-checks `done` after progress (at most every 20 ms, as it may scan every send); rejects after timeoutMs. */
  async #until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let checkedAt = 0;
    for (;;) {
      if (Date.now() - checkedAt >= 20 || Date.now() >= deadline) {
        checkedAt = Date.now();
        if (done()) return;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`workload: ${what} not reached within ${timeoutMs} ms`);
      await this.#nextProgress(Math.min(left, 20));
    }
  }
}
