import { BrookClient, type Consumer, type Producer } from '@brook/client';
import { toBrookError } from '@brook/protocol';
import { serviceUrl } from '../config.js';
import type { BenchOptions } from './BenchOptions.js';
import { type BenchResult, rates, roundLatency } from './BenchReport.js';
import { type BenchTopic, benchPayload, prepareTopics, topicNames } from './benchTopics.js';
import { ConsumerLane, type LatencySource } from './ConsumerLane.js';
import type { LatencySummary } from './LatencyRecorder.js';
import { MessageQuota } from './MessageQuota.js';
import { Meter } from './Meter.js';
import { ProducerLane } from './ProducerLane.js';
import { ProgressTicker } from './ProgressTicker.js';
import { RateSchedule } from './RateSchedule.js';
import { SendLoop } from './SendLoop.js';

/** e2e: how long consumers may take, after the last send, to receive what was sent. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * One `brook bench` run against a service: creates the topics, runs the workload, and returns what
 * it measured. stop() (SIGINT) ends the workload early; run() then still returns the figures so far.
 * The first error of any producer or consumer ends the run, and run() rejects with it.
 */
export class BenchRun {
  private stopping = false;
  private failure: unknown;
  private readonly stopHandlers = new Set<() => void>();
  private readonly client: BrookClient;
  /** Producers of partitioned topics: they settle sends per partition, not in send order. */
  private readonly partitioned = new WeakSet<Producer>();

  constructor(
    private readonly options: BenchOptions,
    private readonly printProgress: (line: string) => void,
  ) {
    this.client = new BrookClient({ serviceUrl: serviceUrl(options.serviceUrl) });
  }

  async run(): Promise<BenchResult> {
    try {
      const topics = await prepareTopics(
        this.client,
        topicNames(this.options.topic, this.options.topics),
        this.options.partitions,
      );
      const result = await this.runWorkload(topics);
      if (this.failure !== undefined) throw toBrookError(this.failure);
      return result;
    } finally {
      await this.client.close();
    }
  }

  /** Ends the workload now: no more sends; consumers stop; run() reports what was measured. */
  stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const handler of this.stopHandlers) handler();
  }

  private readonly onError = (error: unknown): void => {
    this.failure ??= error;
    this.stop();
  };

  /** Runs `handler` on stop() (at once if already stopping); returns its removal. */
  private onStop(handler: () => void): () => void {
    if (this.stopping) handler();
    this.stopHandlers.add(handler);
    return () => this.stopHandlers.delete(handler);
  }

  private stopped(): Promise<void> {
    return new Promise((resolve) => this.onStop(resolve));
  }

  private runWorkload(topics: BenchTopic[]): Promise<BenchResult> {
    switch (this.options.workload) {
      case 'produce':
        return this.produce(topics);
      case 'consume':
        return this.consume(topics);
      case 'e2e':
        return this.endToEnd(topics);
    }
  }

  private async produce(topics: BenchTopic[]): Promise<BenchResult> {
    const producers = await this.openProducers(topics);
    const window = this.measureWindow();
    const produced = new Meter(window.from);
    const ticker = new ProgressTicker(this.printProgress, window, { phase: 'produce', produced, latency: produced });
    try {
      await this.sendAll(producers, produced, window, this.options.messages, false);
    } finally {
      ticker.close();
      await closeAll(producers);
    }
    return this.result(topics, produced, produced.latency.summary(), null);
  }

  private async consume(topics: BenchTopic[]): Promise<BenchResult> {
    const { backlog, messages } = this.options;
    if (backlog > 0) await this.produceBacklog(topics, backlog);
    const consumers = this.stopping ? [] : await this.openConsumers(topics, 'Earliest');
    const window = this.measureWindow();
    const consumed = new Meter(window.from);
    const latency: LatencySource = backlog > 0 ? 'none' : 'publishTime';
    const limit = messages ?? Number.POSITIVE_INFINITY;
    const lanes = consumers.map((consumer) => this.consumerLane(consumer, consumed, latency, limit));
    const ticker = new ProgressTicker(this.printProgress, window, { phase: 'consume', consumed, latency: consumed });
    const receiving = Promise.all(lanes.map((lane) => lane.run()));
    const deadline = this.deadline(window.endAt);
    try {
      const ends = [this.stopped(), deadline.reached];
      if (limit < Number.POSITIVE_INFINITY) ends.push(consumed.until(limit));
      await Promise.race(ends);
    } finally {
      deadline.cancel();
      ticker.close();
      await Promise.all(lanes.map((lane) => lane.stop()));
      await receiving;
    }
    const latencyMs = latency === 'none' ? null : consumed.latency.summary();
    const result = this.result(topics, consumed, latencyMs, null);
    return { ...result, producers: backlog > 0 ? this.options.producers : 0, consumeMsgPerSec: result.msgPerSec };
  }

  /** consume --backlog: fills the topics at max rate before the consumers start. */
  private async produceBacklog(topics: BenchTopic[], count: number): Promise<void> {
    const producers = await this.openProducers(topics);
    const window = { start: performance.now(), from: performance.now(), endAt: Number.POSITIVE_INFINITY };
    const produced = new Meter(window.from);
    const ticker = new ProgressTicker(this.printProgress, window, { phase: 'backlog', produced });
    try {
      await this.sendAll(producers, produced, window, count, false, 0);
    } finally {
      ticker.close();
      await closeAll(producers);
    }
  }

  private async endToEnd(topics: BenchTopic[]): Promise<BenchResult> {
    // Consumers first, from Latest: they see exactly what this run sends.
    const consumers = await this.openConsumers(topics, 'Latest');
    let producers: Producer[] = [];
    try {
      producers = await this.openProducers(topics);
    } catch (error) {
      await closeAll(consumers);
      throw error;
    }
    const window = this.measureWindow();
    const produced = new Meter(window.from);
    const consumed = new Meter(window.from);
    const lanes = consumers.map((c) => this.consumerLane(c, consumed, 'stamp', Number.POSITIVE_INFINITY));
    const receiving = Promise.all(lanes.map((lane) => lane.run()));
    const ticker = new ProgressTicker(this.printProgress, window, {
      phase: 'e2e',
      produced,
      consumed,
      latency: consumed,
    });
    try {
      await this.sendAll(producers, produced, window, this.options.messages, true);
      await closeAll(producers);
      const drain = this.deadline(performance.now() + DRAIN_TIMEOUT_MS);
      await Promise.race([consumed.until(produced.total), drain.reached, this.stopped()]);
      drain.cancel();
    } finally {
      ticker.close();
      await closeAll(producers);
      await Promise.all(lanes.map((lane) => lane.stop()));
      await receiving;
    }
    const consumeRate = rates({ messages: consumed.count, bytes: consumed.bytes, windowMs: consumed.windowMs(now()) });
    return this.result(topics, produced, consumed.latency.summary(), consumeRate.msgPerSec);
  }

  /** Sends from every producer through one SendLoop until the window ends, the count is reached or stop(). */
  private async sendAll(
    producers: Producer[],
    meter: Meter,
    window: MeasureWindow,
    count: number | undefined,
    stamp: boolean,
    rate = this.options.rate,
  ): Promise<void> {
    const payload = benchPayload(this.options.size);
    let loop: SendLoop | undefined;
    const lanes = producers.map(
      (producer) =>
        new ProducerLane({
          producer,
          payload,
          window: this.options.maxPending,
          inOrder: !this.partitioned.has(producer),
          meter,
          onSettled: (lane) => loop?.onSettled(lane),
          onError: this.onError,
        }),
    );
    loop = new SendLoop({
      lanes,
      schedule: rate > 0 ? new RateSchedule(window.start, rate) : undefined,
      stamp: stamp ? (intended) => payload.writeDoubleLE(intended, 0) : undefined,
      endAt: window.endAt,
      quota: new MessageQuota(count),
    });
    const removeStop = this.onStop(() => loop.stop());
    try {
      await loop.run();
    } finally {
      removeStop();
    }
  }

  private async openProducers(topics: BenchTopic[]): Promise<Producer[]> {
    const { producers, batching, compression, maxPending } = this.options;
    const opening = topics.flatMap((topic) =>
      Array.from({ length: producers }, async () => {
        const producer = await this.client.createProducer({
          topic: topic.name,
          batching: batching ?? false,
          compression,
          maxPendingMessages: maxPending,
        });
        if (topic.partitions > 0) this.partitioned.add(producer);
        return producer;
      }),
    );
    return openAll(opening);
  }

  private openConsumers(topics: BenchTopic[], initialPosition: 'Earliest' | 'Latest'): Promise<Consumer[]> {
    const { consumers, subscription, subscriptionType, receiverQueueSize } = this.options;
    const opening = topics.flatMap((topic) =>
      Array.from({ length: consumers }, () =>
        this.client.subscribe({
          topic: topic.name,
          subscription,
          type: subscriptionType,
          initialPosition,
          receiverQueueSize,
        }),
      ),
    );
    return openAll(opening);
  }

  private consumerLane(consumer: Consumer, meter: Meter, latency: LatencySource, limit: number): ConsumerLane {
    return new ConsumerLane({ consumer, meter, latency, limit, onError: this.onError });
  }

  /** Starts now: warm-up first, then the measured window of --duration seconds (if any). */
  private measureWindow(): MeasureWindow {
    const start = now();
    const from = start + this.options.warmupSeconds * 1000;
    const duration = this.options.durationSeconds;
    return { start, from, endAt: duration === undefined ? Number.POSITIVE_INFINITY : from + duration * 1000 };
  }

  /** A promise that resolves at `at` (performance.now() ms); never for an infinite time. */
  private deadline(at: number): { reached: Promise<void>; cancel: () => void } {
    let timer: NodeJS.Timeout | undefined;
    const reached = new Promise<void>((resolve) => {
      if (Number.isFinite(at)) timer = setTimeout(resolve, Math.max(0, at - now()));
    });
    return { reached, cancel: () => clearTimeout(timer) };
  }

  private result(
    topics: BenchTopic[],
    meter: Meter,
    latency: LatencySummary | null,
    consumeMsgPerSec: number | null,
  ): BenchResult {
    const o = this.options;
    const windowMs = meter.windowMs(now());
    const { msgPerSec, mbPerSec } = rates({ messages: meter.count, bytes: meter.bytes, windowMs });
    return {
      tool: 'brook',
      workload: o.workload,
      messageSize: o.size,
      targetRate: o.rate > 0 ? o.rate : null,
      topics: topics.length,
      partitions: Math.max(1, ...topics.map((t) => t.partitions)),
      producers: o.workload === 'consume' ? 0 : o.producers,
      consumers: o.workload === 'produce' ? 0 : o.consumers,
      compression: o.compression,
      batching: o.batching,
      durationMs: Math.round(windowMs),
      messages: meter.count,
      msgPerSec,
      mbPerSec,
      latencyMs: roundLatency(latency),
      consumeMsgPerSec,
    };
  }
}

export interface MeasureWindow {
  /** When the workload started (performance.now() ms); a rate schedule starts here. */
  readonly start: number;
  /** When the warm-up ended and measuring began. */
  readonly from: number;
  /** No message is intended at or after this time. */
  readonly endAt: number;
}

const now = () => performance.now();

/** Resolves with every opened client object, or closes the ones that opened and rejects. */
async function openAll<T extends { close(): Promise<void> }>(opening: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(opening);
  const failed = settled.find((s) => s.status === 'rejected');
  if (!failed) return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
  await closeAll(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])));
  throw failed.reason;
}

async function closeAll(objects: readonly { close(): Promise<void> }[]): Promise<void> {
  await Promise.allSettled(objects.map((o) => o.close()));
}
