import type { ServerDuplexStream } from '@grpc/grpc-js';
import { BrookError, ErrorCode, pb, toBrookError, validateSubscriptionName } from '@brook/protocol';
import { ServerConsumer } from '../../subscription/ServerConsumer.js';
import type { Subscription, SubscriptionType } from '../../subscription/Subscription.js';
import type { Attachment, Topic } from '../../topic/Topic.js';
import { endWithError } from '../handler.js';
import { readerStart, seek } from './seek.js';
import type { ServerContext } from '../ServerContext.js';

type ConsumeCall = ServerDuplexStream<pb.ConsumeRequest, pb.ConsumeResponse>;

const subscriptionTypes: Record<pb.SubscriptionType, SubscriptionType> = {
  0: 'Exclusive',
  1: 'Shared',
  2: 'Failover',
  3: 'KeyShared',
};

let nextConsumerId = 0;

export function consumeHandler(context: ServerContext): (call: ConsumeCall) => void {
  return (call) => new ConsumeSession(call, context).start();
}

/**
 * One consumer's stream: `subscribe` first, then flow permits and acks in any order. Deliveries
 * are written by the subscription's dispatcher; when the stream's buffer is full the consumer
 * counts as not ready until it drains. Whatever the consumer held unacknowledged when the stream
 * ends is redelivered.
 */
class ConsumeSession implements Attachment {
  private topic: Topic | undefined;
  subscription: Subscription | undefined;
  private consumer: ServerConsumer | undefined;
  private subscribing = false;
  private finished = false;

  constructor(
    private readonly call: ConsumeCall,
    private readonly context: ServerContext,
  ) {}

  start(): void {
    this.call.on('data', (request: pb.ConsumeRequest) => this.onRequest(request));
    for (const event of ['end', 'cancelled', 'error', 'close']) this.call.on(event, () => this.finish());
  }

  private onRequest(request: pb.ConsumeRequest): void {
    try {
      if (request.kind === 'subscribe' && request.subscribe && !this.subscribing) {
        this.subscribing = true;
        void this.subscribe(request.subscribe);
        return;
      }
      const { subscription, consumer } = this;
      if (!subscription || !consumer) {
        throw new BrookError(ErrorCode.MalformedRequest, 'a consume stream sends one subscribe, then flow and acks');
      }
      if (request.kind === 'flow' && request.flow) subscription.flow(consumer, request.flow.permits ?? 0);
      else if (request.kind === 'ack' && request.ack) {
        subscription.ack(consumer, request.ack.ids ?? [], request.ack.cumulative ?? false);
        if (request.ack.ranges?.length) subscription.ackRanges(consumer, request.ack.ranges);
      } else if (request.kind === 'redeliver' && request.redeliver) {
        subscription.redeliver(consumer, request.redeliver.ids ?? []);
      } else if (request.kind === 'seek' && request.seek && this.topic) {
        const reply = (response: pb.IConsumeResponse) => this.call.write(pb.ConsumeResponse.create(response));
        void seek(this.topic, subscription, request.seek as pb.Seek, this, reply);
      } else throw new BrookError(ErrorCode.MalformedRequest, 'unexpected consume request');
    } catch (error) {
      this.close(toBrookError(error));
    }
  }

  private async subscribe(request: pb.ISubscribe): Promise<void> {
    this.call.pause();
    try {
      const name = validateSubscriptionName(request.subscription ?? '');
      const type = subscriptionTypes[request.type ?? 0];
      if (!type) throw new BrookError(ErrorCode.MalformedRequest, `unknown subscription type ${request.type}`);
      const topic = await this.context.topics.get(request.topic ?? '');
      topic.admitConsumer(); // before the subscription exists: a refused consumer creates no cursor
      const subscription = request.nonDurable
        ? await topic.subscriptionControl.subscribeNonDurable(name, readerStart(request))
        : await topic.subscribe(name, request.initialPosition === 1 ? 'Earliest' : 'Latest');
      const consumerId = ++nextConsumerId;
      const consumerName = request.consumerName || `consumer-${consumerId}`;
      const consumer = new ServerConsumer(
        consumerId,
        consumerName,
        (entries) => {
          this.context.metrics.deliveredMessages.inc(entries.reduce((n, e) => n + (e.messageCount ?? 0), 0));
          return this.call.write(pb.ConsumeResponse.create({ deliveries: { entries } }));
        },
        (resume) => this.call.once('drain', resume),
        {
          priorityLevel: request.priorityLevel ?? 0,
          // Changes before `subscribed` went out are sent right after it, as the initial status.
          onActiveChange: (active) => {
            if (this.consumer === consumer) this.sendActive(active);
          },
        },
      );
      topic.admitConsumer(); // again, synchronously with the add: others may have joined meanwhile
      subscription.addConsumer(consumer, type);
      if (this.finished) {
        subscription.removeConsumer(consumer);
        return;
      }
      // Replaced (reset, deleted) or unloading since it was looked up: its streams were already
      // ended, so this one would wait forever. The client subscribes again and finds the current one.
      const stale = staleness(topic, name, subscription);
      if (stale) {
        subscription.removeConsumer(consumer);
        throw stale;
      }
      topic.attach(this);
      this.topic = topic;
      this.subscription = subscription;
      this.consumer = consumer;
      this.context.metrics.consumers.inc();
      const { resetGeneration } = subscription.cursor;
      this.call.write(
        pb.ConsumeResponse.create({
          subscribed: { topic: topic.name, consumerName, partition: topic.partition, resetGeneration, ackRanges: true },
        }),
      );
      if (consumer.active !== undefined) this.sendActive(consumer.active);
      this.call.resume();
    } catch (error) {
      this.close(toBrookError(error));
    }
  }

  /** Failover: tells the consumer whether it is now the active one. */
  private sendActive(active: boolean): void {
    if (!this.finished) this.call.write(pb.ConsumeResponse.create({ activeChange: { active } }));
  }

  close(error: BrookError): void {
    if (this.finished) return;
    endWithError(this.call, error);
    this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.subscription && this.consumer) {
      this.subscription.removeConsumer(this.consumer);
      this.topic?.subscriptionControl.consumerLeft(this.subscription);
      this.context.metrics.consumers.dec();
    }
    this.topic?.detach(this);
    if (!this.call.writableEnded) this.call.end();
  }
}

/** Why `subscription` can no longer take a consumer, if it cannot: a retriable error. */
function staleness(topic: Topic, name: string, subscription: Subscription): BrookError | undefined {
  if (topic.isClosing) return new BrookError(ErrorCode.Unavailable, `topic ${topic.name} is closing`);
  if (topic.subscriptions.get(name) !== subscription) {
    return new BrookError(ErrorCode.SubscriptionReset, `subscription ${name} was replaced; subscribe again`);
  }
  return undefined;
}
