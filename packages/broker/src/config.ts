import { BrookError, ErrorCode } from '@brook/protocol';
import { z } from 'zod';

/** Everything a broker can be told. Defaults run as-is; parse once with parseBrokerConfig. */
const brokerConfigSchema = z
  .object({
    /** gRPC listener for clients. */
    host: z.string().default('0.0.0.0'),
    port: z.number().int().min(0).max(65535).default(6650),
    /** HTTP listener: /healthz, /readyz, /metrics. */
    httpPort: z.number().int().min(0).max(65535).default(8080),
    /** The URL clients are redirected to; defaults to brook://<host>:<port> (127.0.0.1 for 0.0.0.0). */
    advertisedUrl: z.string().optional(),
    /** Largest batch payload a producer may send, in bytes. */
    maxMessageSize: z
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    /** Replication of new ledgers. */
    ensembleSize: z.number().int().positive().default(1),
    writeQuorum: z.number().int().positive().default(1),
    ackQuorum: z.number().int().positive().default(1),
    /** A ledger rolls over once it reaches any of these. */
    ledgerMaxEntries: z.number().int().positive().default(50_000),
    ledgerMaxBytes: z
      .number()
      .int()
      .positive()
      .default(2 * 1024 * 1024 * 1024),
    ledgerMaxAgeMs: z
      .number()
      .int()
      .positive()
      .default(4 * 60 * 60 * 1000),
    /** Bytes of recent entries kept in memory for tailing consumers, shared by all topics. */
    entryCacheBytes: z
      .number()
      .int()
      .nonnegative()
      .default(256 * 1024 * 1024),
    /** How often a cursor's acknowledgements are written to the metadata store, at most. */
    cursorPersistIntervalMs: z.number().int().positive().default(1000),
    /** Ack ranges a cursor persists; holes beyond these are redelivered after a restart. */
    maxPersistedAckRanges: z.number().int().positive().default(10_000),
    /** Dispatch to a subscription pauses while this many messages are delivered and unacknowledged. */
    maxUnackedMessagesPerSubscription: z.number().int().positive().default(200_000),
    /** Batches a producer may have in flight before the broker stops reading its stream. */
    maxPendingBatchesPerProducer: z.number().int().positive().default(1000),
    /**
     * Entries a Shared or Key_Shared subscription holds for delayed delivery, at most; while it holds
     * this many, it reads no further until some are due. Held entries are not counted as unacked.
     */
    maxDelayedDeliveryEntries: z.number().int().positive().default(100_000),
    /** Entries fetched per read for a dispatcher. */
    dispatchBatchEntries: z.number().int().positive().default(100),
    allowAutoTopicCreation: z.boolean().default(true),
    /** Namespace policy defaults (a namespace's own policies override them). */
    defaultRetentionTimeMinutes: z.number().int().min(-1).default(0),
    defaultRetentionSizeMb: z.number().int().min(-1).default(0),
    defaultMessageTtlSeconds: z.number().int().nonnegative().default(0),
    /** Backlog quota of a namespace that sets none: bytes and age of the backlog (-1 = no limit), and the action past them. */
    defaultBacklogQuotaLimitBytes: z.number().int().min(-1).default(-1),
    defaultBacklogQuotaLimitTimeSeconds: z.number().int().min(-1).default(-1),
    defaultBacklogQuotaAction: z
      .enum(['producer_request_hold', 'producer_exception', 'consumer_backlog_eviction'])
      .default('producer_request_hold'),
    /**
     * How often each loaded topic applies retention (deletes consumed ledgers), message TTL and its
     * backlog quota (also re-checked sooner while producers are held).
     */
    retentionCheckIntervalMs: z.number().int().positive().default(60_000),
    /** producer_request_hold: longest a batch is held for a producer that did not state its send timeout. */
    backlogQuotaHoldTimeoutMs: z.number().int().positive().default(30_000),
    dedupEnabledByDefault: z.boolean().default(true),
    /** A topic's de-duplication snapshot is written after this many entries (and on close); recovery replays at most ~this many. */
    dedupSnapshotInterval: z.number().int().positive().default(1000),
    /**
     * Producer names neither connected nor publishing for this long are dropped from de-duplication
     * state (memory and the next snapshot); a producer returning later starts over at -1. 0 keeps them.
     */
    dedupProducerInactivityMs: z
      .number()
      .int()
      .nonnegative()
      .default(6 * 60 * 60 * 1000),
    /** TTL of the broker's metadata session; its registration and bundle ownership end with it. */
    sessionTtlMs: z.number().int().positive().default(10_000),
    /** How often the broker rewrites its load report under its registration key. */
    loadReportIntervalMs: z.number().int().positive().default(5_000),
    /** Hash ranges each namespace is split into; a broker owns whole bundles. */
    bundlesPerNamespace: z.number().int().min(1).max(1024).default(4),
  })
  .strict()
  .refine((c) => c.ackQuorum <= c.writeQuorum && c.writeQuorum <= c.ensembleSize, {
    message: 'need ackQuorum <= writeQuorum <= ensembleSize',
    path: ['ackQuorum'],
  });

export type BrokerConfig = z.output<typeof brokerConfigSchema>;
export type BrokerConfigInput = z.input<typeof brokerConfigSchema>;

export function parseBrokerConfig(input: unknown = {}): BrokerConfig {
  const result = brokerConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw new BrookError(ErrorCode.InvalidConfig, `broker config: ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export function advertisedUrlOf(config: BrokerConfig, boundPort: number): string {
  if (config.advertisedUrl) return config.advertisedUrl;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `brook://${host}:${boundPort}`;
}
