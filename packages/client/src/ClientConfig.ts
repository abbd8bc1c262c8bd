import { parseServiceUrl } from './connection/brokerUrl.js';
import { integer, invalidConfig, objectInput, requiredString } from './util/validate.js';

export interface ReconnectOptions {
  /** Wait before the first attempt to reopen a broken stream; doubles per failed attempt. */
  initialDelayMs?: number;
  /** The longest wait between attempts. */
  maxDelayMs?: number;
}

export interface ClientOptions {
  /** `brook://host:port` of any broker, or several (`brook://h1:6650,h2:6650`); lookups there find each topic's owner. */
  serviceUrl: string;
  /** Deadline for lookups, admin calls, and opening or closing producers and consumers. */
  operationTimeoutMs?: number;
  /** Backoff of producers and consumers reconnecting after a failover (waits are jittered). */
  reconnect?: ReconnectOptions;
}

export interface ReconnectConfig {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export interface ClientConfig {
  /** gRPC target `host:port` of the service URL. */
  /** One or more brokers to ask for lookups, in order. */
  readonly serviceAddresses: readonly string[];
  readonly operationTimeoutMs: number;
  readonly reconnect: ReconnectConfig;
}

export const CLIENT_DEFAULTS = {
  operationTimeoutMs: 30_000,
  // Capped low so a client is back within about 2 s of the new owner taking over.
  reconnect: { initialDelayMs: 100, maxDelayMs: 2_000 },
} as const;

export function parseClientConfig(input: unknown): ClientConfig {
  const o = objectInput(input, 'client options');
  return {
    serviceAddresses: parseServiceUrl(requiredString(o.serviceUrl, 'serviceUrl')),
    operationTimeoutMs: integer(o.operationTimeoutMs, 'operationTimeoutMs', CLIENT_DEFAULTS.operationTimeoutMs, 1),
    reconnect: parseReconnect(o.reconnect),
  };
}

function parseReconnect(input: unknown): ReconnectConfig {
  if (input === undefined) return CLIENT_DEFAULTS.reconnect;
  const o = objectInput(input, 'reconnect');
  const d = CLIENT_DEFAULTS.reconnect;
  const initialDelayMs = integer(o.initialDelayMs, 'reconnect.initialDelayMs', d.initialDelayMs, 1);
  const maxDelayMs = integer(o.maxDelayMs, 'reconnect.maxDelayMs', Math.max(d.maxDelayMs, initialDelayMs), 1);
  if (maxDelayMs < initialDelayMs) {
    throw invalidConfig('reconnect.maxDelayMs', `must be at least reconnect.initialDelayMs (${initialDelayMs})`);
  }
  return { initialDelayMs, maxDelayMs };
}
