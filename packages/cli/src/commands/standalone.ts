import { type Command, InvalidArgumentError } from 'commander';
import { loadStandaloneConfig, type StandaloneFlags } from '../config.js';
import { createLogger } from '../logger.js';
import { Standalone } from '../standalone/Standalone.js';
import { runRole } from './runRole.js';

export function registerStandalone(program: Command): void {
  program
    .command('standalone')
    .description('run broker, bookie and metadata store in one process (data in ./data)')
    .option('-c, --config <file>', 'JSON config file (env BROOK_CONFIG)')
    .option('-d, --data-dir <dir>', 'where all data lives (env BROOK_DATA_DIR)', undefined)
    .option('-p, --port <port>', 'gRPC port for clients (env BROOK_PORT, default 6650)', parsePort)
    .option(
      '--http-port <port>',
      'HTTP port for /healthz, /readyz, /metrics (env BROOK_HTTP_PORT, default 8080)',
      parsePort,
    )
    .option('--log-level <level>', 'trace, debug, info, warn, error (env BROOK_LOG_LEVEL)')
    .action(async (flags: StandaloneFlags) => {
      const config = loadStandaloneConfig(flags);
      const logger = createLogger(config.logLevel);
      const standalone = new Standalone(config, logger);
      await runRole('brook standalone', standalone, logger, () => ({
        url: standalone.url,
        http: `http://127.0.0.1:${standalone.httpPort}`,
        dataDir: config.dataDir,
      }));
    });
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0-65535');
  return port;
}
