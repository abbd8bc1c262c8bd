import { parseBrokerUrl } from './connection/brokerUrl.js';
import { integer, objectInput, requiredString } from './util/validate.js';

export interface ClientOptions {
  /** `brook://host:port` of any broker; lookups there find each topic's owner. */
  serviceUrl: string;
  /** Deadline for lookups, admin calls, and opening or closing producers and consumers. */
  operationTimeoutMs?: number;
}

export interface ClientConfig {
  /** gRPC target `host:port` of the service URL. */
  readonly serviceAddress: string;
  readonly operationTimeoutMs: number;
}

export const CLIENT_DEFAULTS = { operationTimeoutMs: 30_000 } as const;

export function parseClientConfig(input: unknown): ClientConfig {
  const o = objectInput(input, 'client options');
  return {
    serviceAddress: parseBrokerUrl(requiredString(o.serviceUrl, 'serviceUrl')),
    operationTimeoutMs: integer(o.operationTimeoutMs, 'operationTimeoutMs', CLIENT_DEFAULTS.operationTimeoutMs, 1),
  };
}
