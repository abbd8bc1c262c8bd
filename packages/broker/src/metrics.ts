import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Every metric the broker exports, registered on one registry per broker. */
export function createBrokerMetrics(registry: Registry) {
  const registers = [registry];
  return {
    rpcs: new Counter({
      name: 'brook_broker_rpcs_total',
      help: 'Unary RPCs by name and result code',
      labelNames: ['rpc', 'code'],
      registers,
    }),
    publishedMessages: new Counter({
      name: 'brook_broker_published_messages_total',
      help: 'Messages persisted',
      registers,
    }),
    publishedBytes: new Counter({
      name: 'brook_broker_published_bytes_total',
      help: 'Payload bytes persisted',
      registers,
    }),
    publishFailures: new Counter({
      name: 'brook_broker_publish_failures_total',
      help: 'Batches refused or failed, by code',
      labelNames: ['code'],
      registers,
    }),
    publishLatency: new Histogram({
      name: 'brook_broker_publish_latency_seconds',
      help: 'From receiving a batch to its receipt',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    deliveredMessages: new Counter({
      name: 'brook_broker_delivered_messages_total',
      help: 'Messages sent to consumers',
      registers,
    }),
    producers: new Gauge({ name: 'brook_broker_producers', help: 'Connected producers', registers }),
    consumers: new Gauge({ name: 'brook_broker_consumers', help: 'Connected consumers', registers }),
    ownedBundles: new Gauge({
      name: 'brook_broker_owned_bundles',
      help: 'Namespace bundles this broker owns',
      registers,
    }),
    bundleClaims: new Counter({
      name: 'brook_broker_bundle_claims_total',
      help: 'Bundle claims: claimed (this broker took it) or refused (NOT_OWNER)',
      labelNames: ['result'],
      registers,
    }),
    sessionsLost: new Counter({
      name: 'brook_broker_sessions_lost_total',
      help: 'Metadata sessions lost; each unloads every owned bundle',
      registers,
    }),
  };
}

export type BrokerMetrics = ReturnType<typeof createBrokerMetrics>;
