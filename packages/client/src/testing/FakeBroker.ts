import { EventEmitter } from 'node:events';
import {
  adminService,
  BrookError,
  brokerService,
  ErrorCode,
  type ErrorCode as ErrorCodeType,
  pb,
  toServiceError,
} from '@brook/protocol';
import {
  type sendUnaryData,
  Server,
  type ServerDuplexStream,
  type ServerUnaryCall,
  ServerCredentials,
} from '@grpc/grpc-js';
import { crc32c } from '@node-rs/crc32';

/**
 * An in-memory broker for the client's unit tests: one ledger per topic, entries kept as
 * published, permits and acks recorded so tests can assert on what the client put on the wire.
 * Not a model of the real broker beyond the wire protocol's rules.
 *
 * Failover: brokers started with the same `storage` share topics (as brokers share bookies and
 * metadata); `notOwner` refuses opens with NOT_OWNER; `failStreams` ends every open stream with an
 * error; `restart()` comes back on a new port with the same storage; `lookupUrl` redirects Lookup.
 * Producers are de-duplicated by (name, sequence id), and subscriptions remember individual and
 * cumulative acks, so a resubscribe redelivers exactly what is unacknowledged.
 */

type PublishCall = ServerDuplexStream<pb.PublishRequest, pb.PublishResponse.$Properties>;
type ConsumeCall = ServerDuplexStream<pb.ConsumeRequest, pb.ConsumeResponse.$Properties>;

export interface StoredEntry {
  readonly entryId: number;
  readonly baseOffset: number;
  readonly batch: pb.PublishBatch;
  readonly producerName: string;
  readonly publishTime: number;
}

export interface FakeTopic {
  readonly name: string;
  partitions: number;
  readonly entries: StoredEntry[];
  nextOffset: number;
  readonly lastSequenceIds: Map<string, number>;
  readonly subscriptions: Map<string, FakeSubscription>;
}

interface FakeSubscription {
  /** First offset the subscription covers. */
  readonly start: number;
  /** Offsets acknowledged, individually or cumulatively. */
  readonly acked: Set<number>;
}

interface ConsumerState {
  readonly call: ConsumeCall;
  readonly topic: FakeTopic;
  cursor: number;
  permits: number;
  /** Highest permits outstanding at any moment. */
  maxPermits: number;
  readonly flows: number[];
  readonly acks: pb.AckMessages[];
  readonly subscription: FakeSubscription;
}

export class FakeBroker extends EventEmitter {
  readonly ledgerId = 7;
  /** Publish opens as received. */
  readonly producerOpens: pb.OpenProducer[] = [];
  /** Lookup requests answered. */
  lookups = 0;
  /** Set: opens of Publish and Consume streams fail with NOT_OWNER (Lookup still answers). */
  notOwner = false;
  /** Set: ProducerOpened.last_sequence_id reports this instead of the truth (forces duplicate receipts). */
  reportedLastSequenceId: number | undefined;
  /** First sequence id of every batch received, in order, stored or not. */
  readonly receivedSequenceIds: number[] = [];
  /** Batches whose first sequence id is listed are lost: neither stored nor receipted. */
  readonly dropSequenceIds = new Set<number>();
  /** For each Publish stream message with batches: how many batches it carried. */
  readonly publishWrites: number[] = [];
  readonly consumers: ConsumerState[] = [];
  readonly publishCalls = new Set<PublishCall>();
  maxMessageSize = 5 * 1024 * 1024;
  /** While true, receipts queue up until releaseReceipts(). */
  holdReceipts = false;
  /** Batches whose first sequence id is listed fail with the code. */
  readonly failSequenceIds = new Map<number, ErrorCodeType>();
  /** Entries delivered with a wrong CRC. */
  readonly corruptEntryIds = new Set<number>();
  /** Batch indexes reported as already acknowledged, by entry id. */
  readonly ackedIndexes = new Map<number, number[]>();
  /** Whether Subscribed says this broker takes acks as offset ranges; false acts as an older broker. */
  ackRanges = true;
  /** Subscribe requests as received. */
  readonly subscribes: pb.Subscribe[] = [];
  /** Most messages stored but not yet receipted at any moment, over all producers. */
  maxUnreceipted = 0;
  /** What Lookup answers; default this broker's own URL. */
  lookupUrl: string | undefined;
  /** Set: Publish opens and subscribes fail with this error. */
  openError: BrookError | undefined;
  /** GetPartitionedMetadata calls answered with these errors first, one per call, in order. */
  readonly partitionedMetadataErrors: BrookError[] = [];
  /** GetPartitionedMetadata calls received. */
  partitionedMetadataCalls = 0;
  private readonly held: { call: PublishCall; receipt: pb.PublishReceipt.$Properties; messages: number }[] = [];
  private unreceipted = 0;
  private server = new Server();
  private producerCount = 0;
  private consumerCount = 0;
  port = 0;

  /** Topics by name; brokers built with the same map share them. */
  constructor(readonly topics = new Map<string, FakeTopic>()) {
    super();
  }

  /** A broker on a free loopback port; pass another broker's topics to share its storage. */
  static async start(storage?: Map<string, FakeTopic>): Promise<FakeBroker> {
    const broker = new FakeBroker(storage);
    await broker.listen();
    return broker;
  }

  /** Shuts down (clients see their streams break) and comes back on a new port with the same storage. */
  async restart(): Promise<void> {
    this.server.forceShutdown();
    this.publishCalls.clear();
    this.consumers.splice(0);
    this.held.splice(0);
    this.unreceipted = 0;
    this.server = new Server();
    await this.listen();
  }

  get url(): string {
    return `brook://127.0.0.1:${this.port}`;
  }

  topic(name: string): FakeTopic {
    let topic = this.topics.get(name);
    if (!topic) {
      topic = {
        name,
        partitions: 0,
        entries: [],
        nextOffset: 0,
        lastSequenceIds: new Map(),
        subscriptions: new Map(),
      };
      this.topics.set(name, topic);
    }
    return topic;
  }

  /** Resolves once predicate holds, re-checked on every broker event. */
  until(predicate: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!predicate()) return;
        this.off('change', check);
        resolve();
      };
      this.on('change', check);
      check();
    });
  }

  releaseReceipts(): void {
    this.holdReceipts = false;
    for (const { call, receipt, messages } of this.held.splice(0)) {
      this.unreceipted -= messages;
      call.write({ receipts: { receipts: [receipt] } });
    }
  }

  /** Ends every open stream with error; receipts held for them are lost. */
  failStreams(error: BrookError): void {
    const calls = [...this.publishCalls, ...this.consumers.map((c) => c.call)];
    this.held.splice(0);
    this.unreceipted = 0;
    for (const call of calls) call.emit('error', toServiceError(error));
    this.emit('change');
  }

  async close(): Promise<void> {
    this.server.forceShutdown();
  }

  private async listen(): Promise<void> {
    this.server.addService(brokerService, {
      lookup: (_call: ServerUnaryCall<pb.LookupRequest, pb.LookupResponse>, cb: sendUnaryData<pb.LookupResponse>) => {
        this.lookups++;
        cb(null, pb.LookupResponse.create({ brokerUrl: this.lookupUrl ?? this.url }));
        this.emit('change');
      },
      publish: (call: PublishCall) => this.onPublish(call),
      consume: (call: ConsumeCall) => this.onConsume(call),
      getPartitionedMetadata: (
        call: ServerUnaryCall<pb.PartitionedMetadataRequest, unknown>,
        cb: sendUnaryData<unknown>,
      ) => {
        this.partitionedMetadataCalls++;
        const error = this.partitionedMetadataErrors.shift();
        if (error) cb(toServiceError(error));
        else cb(null, { partitions: this.topics.get(call.request.topic)?.partitions ?? 0 });
      },
    });
    this.server.addService(adminService, {
      createTopic: (call: ServerUnaryCall<pb.CreateTopicRequest, unknown>, cb: sendUnaryData<unknown>) => {
        if (this.topics.has(call.request.topic)) {
          return cb(toServiceError(new BrookError(ErrorCode.TopicAlreadyExists, `${call.request.topic} exists`)));
        }
        this.topic(call.request.topic).partitions = call.request.partitions;
        cb(null, { topic: call.request.topic, partitions: call.request.partitions });
      },
      deleteTopic: (call: ServerUnaryCall<pb.DeleteTopicRequest, unknown>, cb: sendUnaryData<unknown>) => {
        if (!this.topics.delete(call.request.topic)) {
          return cb(toServiceError(new BrookError(ErrorCode.TopicNotFound, `${call.request.topic} not found`)));
        }
        cb(null, {});
      },
      listTopics: (call: ServerUnaryCall<pb.ListTopicsRequest, unknown>, cb: sendUnaryData<unknown>) => {
        const ns = call.request.namespace;
        const topics = [...this.topics.values()]
          .filter((t) => !ns || t.name.startsWith(`${ns}/`))
          .map((t) => ({ topic: t.name, partitions: t.partitions }));
        cb(null, { topics });
      },
      getTopicStats: (call: ServerUnaryCall<pb.GetTopicStatsRequest, unknown>, cb: sendUnaryData<unknown>) => {
        const name = call.request.topic;
        const base = this.topics.get(name.replace(/-partition-\d+$/, ''));
        const t = this.topics.get(name) ?? (base?.partitions ? this.topic(name) : undefined);
        if (!t) return cb(toServiceError(new BrookError(ErrorCode.TopicNotFound, `${name} not found`)));
        cb(null, { topic: t.name, partitions: t.partitions, messageCount: t.nextOffset, ledgerCount: 1 });
      },
    });
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
  }

  private onPublish(call: PublishCall): void {
    let producerName = '';
    let topic: FakeTopic | undefined;
    this.publishCalls.add(call);
    call.on('data', (request: pb.PublishRequest) => {
      if (request.open) {
        this.producerOpens.push(request.open as pb.OpenProducer);
        const refusal = this.openError ?? this.notOwnerError();
        if (refusal) return call.emit('error', toServiceError(refusal));
        topic = this.topic(request.open.topic ?? '');
        producerName = request.open.producerName || `fake-producer-${++this.producerCount}`;
        const lastSequenceId = this.reportedLastSequenceId ?? topic.lastSequenceIds.get(producerName) ?? -1;
        call.write({
          opened: { topic: topic.name, producerName, lastSequenceId, maxMessageSize: this.maxMessageSize },
        });
      } else if (request.batches && topic) {
        for (const batch of request.batches.batches ?? []) this.receivedSequenceIds.push(Number(batch.sequenceId));
        const batches = ((request.batches.batches ?? []) as pb.PublishBatch[]).filter(
          (batch) => !this.dropSequenceIds.has(batch.sequenceId),
        );
        this.publishWrites.push(batches.length);
        const receipts = batches.map((batch) => this.store(topic as FakeTopic, producerName, batch));
        const messages = batches.reduce((sum, b) => sum + b.messageCount, 0);
        this.unreceipted += messages;
        this.maxUnreceipted = Math.max(this.maxUnreceipted, this.unreceipted);
        if (this.holdReceipts) {
          receipts.forEach((receipt, i) => {
            this.held.push({ call, receipt, messages: (batches[i] as pb.PublishBatch).messageCount });
          });
        } else {
          this.unreceipted -= messages;
          call.write({ receipts: { receipts } });
        }
      }
      this.emit('change');
    });
    call.on('end', () => {
      this.publishCalls.delete(call);
      call.end();
    });
    call.on('error', () => this.publishCalls.delete(call));
  }

  private store(topic: FakeTopic, producerName: string, batch: pb.PublishBatch): pb.PublishReceipt.$Properties {
    const sequenceId = batch.sequenceId;
    const failure = this.failSequenceIds.get(sequenceId);
    if (failure) return { sequenceId, errorCode: failure, errorMessage: `fake failure of batch ${sequenceId}` };
    if (crc32c(batch.payload) !== batch.payloadCrc32c) return { sequenceId, errorCode: ErrorCode.ChecksumMismatch };
    if (sequenceId <= (topic.lastSequenceIds.get(producerName) ?? -1)) {
      return { sequenceId, duplicate: true, partition: -1 };
    }
    const entry: StoredEntry = {
      entryId: topic.entries.length,
      baseOffset: topic.nextOffset,
      batch,
      producerName,
      publishTime: Date.now(),
    };
    topic.entries.push(entry);
    topic.nextOffset += batch.messageCount;
    topic.lastSequenceIds.set(producerName, sequenceId + batch.messageCount - 1);
    queueMicrotask(() => this.dispatchAll(topic));
    return {
      sequenceId,
      ledgerId: this.ledgerId,
      entryId: entry.entryId,
      baseOffset: entry.baseOffset,
      partition: -1,
    };
  }

  private onConsume(call: ConsumeCall): void {
    let state: ConsumerState | undefined;
    call.on('data', (request: pb.ConsumeRequest) => {
      if (request.subscribe) {
        const s = request.subscribe as pb.Subscribe;
        this.subscribes.push(s);
        const refusal = this.openError ?? this.notOwnerError();
        if (refusal) return call.emit('error', toServiceError(refusal));
        const topic = this.topic(s.topic);
        let subscription = topic.subscriptions.get(s.subscription);
        if (!subscription) {
          const earliest = s.initialPosition === pb.InitialPosition.INITIAL_POSITION_EARLIEST;
          subscription = { start: earliest ? 0 : topic.nextOffset, acked: new Set() };
          topic.subscriptions.set(s.subscription, subscription);
        }
        state = {
          call,
          topic,
          cursor: firstUnacked(topic, subscription),
          permits: 0,
          maxPermits: 0,
          flows: [],
          acks: [],
          subscription,
        };
        this.consumers.push(state);
        call.write({
          subscribed: {
            topic: topic.name,
            consumerName: s.consumerName || `fake-consumer-${++this.consumerCount}`,
            partition: -1,
            ackRanges: this.ackRanges,
          },
        });
      } else if (request.flow && state) {
        const permits = request.flow.permits ?? 0;
        state.flows.push(permits);
        state.permits += permits;
        state.maxPermits = Math.max(state.maxPermits, state.permits);
        this.dispatch(state);
      } else if (request.ack && state) {
        const ack = request.ack as pb.AckMessages;
        state.acks.push(ack);
        for (const id of ack.ids) {
          const upTo = id.offset ?? 0;
          if (!ack.cumulative) state.subscription.acked.add(upTo);
          else for (let o = state.subscription.start; o <= upTo; o++) state.subscription.acked.add(o);
        }
        for (const offset of ackedOffsets(ack)) state.subscription.acked.add(offset);
      }
      this.emit('change');
    });
    call.on('end', () => {
      if (state) this.consumers.splice(this.consumers.indexOf(state), 1);
      call.end();
      this.emit('change');
    });
    call.on('error', () => {
      if (state && this.consumers.includes(state)) this.consumers.splice(this.consumers.indexOf(state), 1);
    });
  }

  private notOwnerError(): BrookError | undefined {
    return this.notOwner ? new BrookError(ErrorCode.NotOwner, `broker ${this.url} does not own the topic`) : undefined;
  }

  private dispatchAll(topic: FakeTopic): void {
    for (const state of this.consumers) if (state.topic === topic) this.dispatch(state);
  }

  /** Sends whole entries while permits remain (an entry may overdraw them, as Pulsar's does). */
  private dispatch(state: ConsumerState): void {
    const entries: pb.DeliveredEntry.$Properties[] = [];
    while (state.permits > 0 && state.cursor < state.topic.entries.length) {
      const stored = state.topic.entries[state.cursor++] as StoredEntry;
      const batch = stored.batch;
      const acked = [...(this.ackedIndexes.get(stored.entryId) ?? [])];
      for (let i = 0; i < batch.messageCount; i++) {
        if (state.subscription.acked.has(stored.baseOffset + i) && !acked.includes(i)) acked.push(i);
      }
      state.permits -= batch.messageCount;
      entries.push({
        ledgerId: this.ledgerId,
        entryId: stored.entryId,
        baseOffset: stored.baseOffset,
        messageCount: batch.messageCount,
        publishTime: stored.publishTime,
        producerName: stored.producerName,
        sequenceId: batch.sequenceId,
        codec: batch.codec,
        uncompressedSize: batch.uncompressedSize,
        payloadCrc32c: this.corruptEntryIds.has(stored.entryId) ? batch.payloadCrc32c ^ 1 : batch.payloadCrc32c,
        payload: batch.payload,
        redeliveryCount: 0,
        ackedIndexes: acked,
      });
    }
    if (entries.length > 0) state.call.write({ deliveries: { entries } });
  }
}

/** The offsets an individual ack request names, by id or by range. */
export function ackedOffsets(ack: pb.AckMessages): number[] {
  if (ack.cumulative) return [];
  const offsets = ack.ids.map((id) => id.offset ?? 0);
  for (const { from, to } of ack.ranges) for (let o = from ?? 0; o < (to ?? 0); o++) offsets.push(o);
  return offsets;
}

/** Index of the first entry holding a message of subscription that is not acknowledged. */
function firstUnacked(topic: FakeTopic, subscription: FakeSubscription): number {
  const index = topic.entries.findIndex((entry) => {
    for (let o = Math.max(entry.baseOffset, subscription.start); o < entry.baseOffset + entry.batch.messageCount; o++) {
      if (!subscription.acked.has(o)) return true;
    }
    return false;
  });
  return index === -1 ? topic.entries.length : index;
}
