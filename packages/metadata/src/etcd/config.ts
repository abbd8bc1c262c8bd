import { BrookError, ErrorCode } from '@brook/protocol';

export interface EtcdMetadataStoreOptions {
  /** Client URLs of the etcd members, e.g. `['http://127.0.0.1:2379']`; all http or all https. */
  endpoints: string[];
  /**
   * Put in front of every key, e.g. `/brook-test-1234`: stores with different prefixes share one
   * cluster without seeing each other's keys. Default '' (keys are used as they are).
   */
  prefix?: string | undefined;
  /** How long `connect` keeps trying to get an answer from etcd. Default 5 s. */
  dialTimeoutMs?: number | undefined;
  /** The deadline of each request; past it the request fails with TIMEOUT. Default 10 s. */
  requestTimeoutMs?: number | undefined;
}

export type EtcdMetadataStoreConfig = Required<{
  [K in keyof EtcdMetadataStoreOptions]: NonNullable<EtcdMetadataStoreOptions[K]>;
}>;

export const DEFAULTS = { prefix: '', dialTimeoutMs: 5_000, requestTimeoutMs: 10_000 } as const;

/** Validates the options of `EtcdMetadataStore.connect`; an error names the offending field. */
export function parseEtcdMetadataStoreOptions(input: unknown): EtcdMetadataStoreConfig {
  if (typeof input !== 'object' || input === null) throw invalid('the etcd options must be an object');
  const options = input as Record<string, unknown>;
  const endpoints = options.endpoints;
  if (!Array.isArray(endpoints) || endpoints.length === 0) {
    throw invalid('endpoints must be a non-empty array of URLs such as http://127.0.0.1:2379');
  }
  for (const endpoint of endpoints) {
    if (typeof endpoint !== 'string' || !/^https?:\/\/[^/\s]+\/?$/.test(endpoint)) {
      throw invalid(`endpoints: ${JSON.stringify(endpoint)} is not an http(s)://host:port URL`);
    }
  }
  const secure = endpoints.filter((endpoint: string) => endpoint.startsWith('https:')).length;
  if (secure !== 0 && secure !== endpoints.length) throw invalid('endpoints must be all http or all https');
  const prefix = options.prefix ?? DEFAULTS.prefix;
  if (typeof prefix !== 'string') throw invalid('prefix must be a string');
  return {
    endpoints: [...endpoints],
    prefix,
    dialTimeoutMs: positive(options, 'dialTimeoutMs', DEFAULTS.dialTimeoutMs),
    requestTimeoutMs: positive(options, 'requestTimeoutMs', DEFAULTS.requestTimeoutMs),
  };
}

function positive(options: Record<string, unknown>, field: string, fallback: number): number {
  const value = options[field] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalid(`${field} must be a number of milliseconds > 0, got ${String(value)}`);
  }
  return value;
}

function invalid(message: string): BrookError {
  return new BrookError(ErrorCode.InvalidConfig, message);
}
