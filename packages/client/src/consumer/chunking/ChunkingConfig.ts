import { integer, invalidConfig } from '../../util/validate.js';

/** Consumer options for reassembling chunked messages (producer option `chunking`). */
export interface ChunkingOptions {
  /** Partly received chunked messages held at once, at most; past it the oldest is let go. Default 10. */
  maxPendingChunkedMessages?: number;
  /**
   * A partly received chunked message older than this is let go: given back for redelivery if it could
   * still complete and was not redelivered before, else acknowledged; 0 = never. Default 60,000.
   */
  expireIncompleteChunkedMessageMs?: number;
  /**
   * Acknowledge the chunks of a message let go for maxPendingChunkedMessages when they were given back
   * before or can never form a message (default false: they are always given back for redelivery).
   */
  autoAckOldestChunkedMessageOnQueueFull?: boolean;
}

export interface ChunkingConfig {
  readonly maxPendingChunkedMessages: number;
  readonly expireIncompleteChunkedMessageMs: number;
  readonly autoAckOldestChunkedMessageOnQueueFull: boolean;
}

/** Pulsar's defaults. */
export const CHUNKING_DEFAULTS: ChunkingConfig = {
  maxPendingChunkedMessages: 10,
  expireIncompleteChunkedMessageMs: 60_000,
  autoAckOldestChunkedMessageOnQueueFull: false,
};

export function parseChunkingConfig(o: Record<string, unknown>): ChunkingConfig {
  const autoAck = o.autoAckOldestChunkedMessageOnQueueFull ?? CHUNKING_DEFAULTS.autoAckOldestChunkedMessageOnQueueFull;
  if (typeof autoAck !== 'boolean')
    throw invalidConfig('autoAckOldestChunkedMessageOnQueueFull', 'expected true or false');
  return {
    maxPendingChunkedMessages: integer(
      o.maxPendingChunkedMessages,
      'maxPendingChunkedMessages',
      CHUNKING_DEFAULTS.maxPendingChunkedMessages,
      1,
    ),
    expireIncompleteChunkedMessageMs: integer(
      o.expireIncompleteChunkedMessageMs,
      'expireIncompleteChunkedMessageMs',
      CHUNKING_DEFAULTS.expireIncompleteChunkedMessageMs,
      0,
    ),
    autoAckOldestChunkedMessageOnQueueFull: autoAck,
  };
}
