import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrokerConfigInput } from '@brook/broker';
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
