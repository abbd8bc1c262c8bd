import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type BookieConfig,
  type BookieRegistrationConfig,
  parseBookieConfig,
  parseBookieRegistrationConfig,
} from '@brook/bookie';
import type { BrokerConfigInput } from '@brook/broker';
import type { EtcdMetadataStoreOptions } from '@brook/metadata';
import { BrookError, ErrorCode } from '@brook/protocol';
import { z } from 'zod';

/**
 * Standalone settings, layered: defaults < config file (JSON) < BROOK_* environment < flags.
 * This is the only file that reads process.env.
 */
export interface StandaloneConfig {
  dataDir: string;
  logLevel: string;
  broker: BrokerConfigInput;
  bookie: Record<string, unknown>;
}

export interface StandaloneFlags {
  config?: string;
  dataDir?: string;
  port?: number;
  httpPort?: number;
  logLevel?: string;
}

const fileSchema = z
  .object({
    dataDir: z.string().optional(),
    logLevel: z.string().optional(),
    broker: z.record(z.string(), z.unknown()).optional(),
    bookie: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export function loadStandaloneConfig(flags: StandaloneFlags, env: NodeJS.ProcessEnv = process.env): StandaloneConfig {
  const configPath = flags.config ?? env.BROOK_CONFIG;
  const file = configPath ? readConfigFile(configPath) : {};
  const dataDir = resolve(flags.dataDir ?? env.BROOK_DATA_DIR ?? file.dataDir ?? 'data');
  const broker: Record<string, unknown> = { ...file.broker };
  const port = flags.port ?? envInt(env, 'BROOK_PORT');
  const httpPort = flags.httpPort ?? envInt(env, 'BROOK_HTTP_PORT');
  if (port !== undefined) broker.port = port;
  if (httpPort !== undefined) broker.httpPort = httpPort;
  return {
    dataDir,
    logLevel: flags.logLevel ?? env.BROOK_LOG_LEVEL ?? file.logLevel ?? 'info',
    broker: broker as BrokerConfigInput,
    bookie: { journalDir: join(dataDir, 'bookie/journal'), ledgerDir: join(dataDir, 'bookie/ledgers'), ...file.bookie },
  };
}

/** The broker a CLI client talks to: --service-url, else BROOK_SERVICE_URL, else the local default. */
export function serviceUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.BROOK_SERVICE_URL ?? 'brook://127.0.0.1:6650';
}

function readConfigFile(path: string): z.output<typeof fileSchema> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BrookError(ErrorCode.InvalidConfig, `cannot read config file ${path}: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BrookError(ErrorCode.InvalidConfig, `${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

function envInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed))
    throw new BrookError(ErrorCode.InvalidConfig, `${name} must be an integer, got ${value}`);
  return parsed;
}

/**
 * `brook bookie` settings, layered like standalone's: defaults < config file (JSON) < BROOK_*
 * environment < flags. Everything is validated here, once; errors name the offending field.
 */
export interface BookieRoleConfig {
  dataDir: string;
  logLevel: string;
  /** The etcd cluster, from `--metadata-url etcd://host:port[,host:port...][/prefix]`. */
  metadata: EtcdMetadataStoreOptions & { prefix: string };
  /** What the bookie registers as its address; a missing port means the bound gRPC port. */
  advertised: { host: string | undefined; port: number | undefined };
  http: { host: string; port: number };
  bookie: BookieConfig;
  registration: BookieRegistrationConfig;
}

export interface BookieRoleFlags {
  config?: string;
  metadataUrl?: string;
  dataDir?: string;
  port?: number;
  httpPort?: number;
  advertisedAddress?: string;
  logLevel?: string;
}

export const BOOKIE_ROLE_DEFAULTS = {
  metadataUrl: 'etcd://127.0.0.1:2379',
  dataDir: 'data',
  port: 3181,
  httpPort: 8000,
} as const;

const bookieFileSchema = z
  .object({
    dataDir: z.string().optional(),
    logLevel: z.string().optional(),
    metadataUrl: z.string().optional(),
    advertisedAddress: z.string().optional(),
    httpHost: z.string().optional(),
    httpPort: z.number().int().min(0).max(65_535).optional(),
    bookie: z.record(z.string(), z.unknown()).optional(),
    registration: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export function loadBookieRoleConfig(flags: BookieRoleFlags, env: NodeJS.ProcessEnv = process.env): BookieRoleConfig {
  const configPath = flags.config ?? env.BROOK_CONFIG;
  const file = configPath ? readJsonConfig(configPath, bookieFileSchema) : {};
  const dataDir = resolve(flags.dataDir ?? env.BROOK_DATA_DIR ?? file.dataDir ?? BOOKIE_ROLE_DEFAULTS.dataDir);
  const fileBookie = file.bookie ?? {};
  const fileGrpc = (fileBookie.grpc ?? {}) as Record<string, unknown>;
  const port = flags.port ?? envInt(env, 'BROOK_BOOKIE_PORT') ?? fileGrpc.port ?? BOOKIE_ROLE_DEFAULTS.port;
  const bookie = parseBookieConfig({
    journalDir: join(dataDir, 'bookie/journal'),
    ledgerDir: join(dataDir, 'bookie/ledgers'),
    ...fileBookie,
    grpc: { ...fileGrpc, port },
  });
  const httpPort = flags.httpPort ?? envInt(env, 'BROOK_HTTP_PORT') ?? file.httpPort ?? BOOKIE_ROLE_DEFAULTS.httpPort;
  if (!Number.isInteger(httpPort) || httpPort < 0 || httpPort > 65_535) {
    throw new BrookError(ErrorCode.InvalidConfig, `bookie config: httpPort must be a port 0-65535, got ${httpPort}`);
  }
  return {
    dataDir,
    logLevel: flags.logLevel ?? env.BROOK_LOG_LEVEL ?? file.logLevel ?? 'info',
    metadata: parseMetadataUrl(
      flags.metadataUrl ?? env.BROOK_METADATA_URL ?? file.metadataUrl ?? BOOKIE_ROLE_DEFAULTS.metadataUrl,
    ),
    advertised: parseAdvertisedAddress(
      flags.advertisedAddress ?? env.BROOK_ADVERTISED_ADDRESS ?? file.advertisedAddress,
    ),
    http: { host: file.httpHost ?? '0.0.0.0', port: httpPort },
    bookie,
    registration: parseBookieRegistrationConfig(file.registration ?? {}),
  };
}

/** `etcd://h1:2379,h2:2379/prefix` (or `etcds://` for TLS) → etcd endpoints and key prefix. */
export function parseMetadataUrl(url: string): BookieRoleConfig['metadata'] {
  const match = /^(etcds?):\/\/([^/\s]+)(\/\S*)?$/.exec(url);
  const hosts = match?.[2]?.split(',') ?? [];
  if (match === null || hosts.some((host) => !/^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):\d{1,5}$/.test(host))) {
    throw new BrookError(
      ErrorCode.InvalidConfig,
      `metadataUrl (--metadata-url, BROOK_METADATA_URL) must be etcd://host:port[,host:port...][/prefix], got ${JSON.stringify(url)}`,
    );
  }
  const scheme = match[1] === 'etcds' ? 'https' : 'http';
  const prefix = (match[3] ?? '').replace(/\/+$/, '');
  return { endpoints: hosts.map((host) => `${scheme}://${host}`), prefix };
}

/** `host` or `host:port` (IPv6 in brackets). */
function parseAdvertisedAddress(address: string | undefined): BookieRoleConfig['advertised'] {
  if (address === undefined || address === '') return { host: undefined, port: undefined };
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s]+)(?::(\d{1,5}))?$/.exec(address);
  const port = match?.[2] === undefined ? undefined : Number(match[2]);
  if (match === null || (port !== undefined && (port < 1 || port > 65_535))) {
    throw new BrookError(
      ErrorCode.InvalidConfig,
      `advertisedAddress (--advertised-address, BROOK_ADVERTISED_ADDRESS) must be host or host:port, got ${JSON.stringify(address)}`,
    );
  }
  return { host: match[1], port };
}

function readJsonConfig<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BrookError(ErrorCode.InvalidConfig, `cannot read config file ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BrookError(ErrorCode.InvalidConfig, `${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

/**
 * `brook broker` settings, layered like the others: defaults < config file (JSON) < BROOK_*
 * environment < flags. A broker keeps nothing on disk; it needs etcd and finds bookies there.
 */
export interface BrokerRoleConfig {
  logLevel: string;
  metadata: BookieRoleConfig['metadata'];
  broker: BrokerConfigInput;
}

export interface BrokerRoleFlags {
  config?: string;
  metadataUrl?: string;
  port?: number;
  httpPort?: number;
  advertisedUrl?: string;
  logLevel?: string;
}

/** A cluster replicates each entry to two bookies by default (E = Qw = Qa = 2). */
const BROKER_ROLE_DEFAULTS = { ensembleSize: 2, writeQuorum: 2, ackQuorum: 2 } as const;

const brokerFileSchema = z
  .object({
    logLevel: z.string().optional(),
    metadataUrl: z.string().optional(),
    broker: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export function loadBrokerRoleConfig(flags: BrokerRoleFlags, env: NodeJS.ProcessEnv = process.env): BrokerRoleConfig {
  const configPath = flags.config ?? env.BROOK_CONFIG;
  const file = configPath ? readJsonConfig(configPath, brokerFileSchema) : {};
  const broker: Record<string, unknown> = { ...BROKER_ROLE_DEFAULTS, ...file.broker };
  const port = flags.port ?? envInt(env, 'BROOK_PORT');
  const httpPort = flags.httpPort ?? envInt(env, 'BROOK_HTTP_PORT');
  const advertisedUrl = flags.advertisedUrl ?? env.BROOK_ADVERTISED_URL;
  if (port !== undefined) broker.port = port;
  if (httpPort !== undefined) broker.httpPort = httpPort;
  if (advertisedUrl) broker.advertisedUrl = advertisedUrl;
  return {
    logLevel: flags.logLevel ?? env.BROOK_LOG_LEVEL ?? file.logLevel ?? 'info',
    metadata: parseMetadataUrl(
      flags.metadataUrl ?? env.BROOK_METADATA_URL ?? file.metadataUrl ?? BOOKIE_ROLE_DEFAULTS.metadataUrl,
    ),
    broker: broker as BrokerConfigInput,
  };
}
