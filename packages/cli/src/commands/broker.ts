import type { Command } from 'commander';
import { BrokerRole } from '../broker/BrokerRole.js';
import { type BrokerRoleFlags, loadBrokerRoleConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { runRole } from './runRole.js';
import { parsePort } from './standalone.js';

export function registerBroker(program: Command): void {
  program
    .command('broker')
    .description('run one stateless broker that owns topics through etcd and stores on registered bookies')
    .option('-c, --config <file>', 'JSON config file with logLevel, metadataUrl, broker (env BROOK_CONFIG)')
    .option(
      '--metadata-url <url>',
      'etcd://host:port[,host:port...][/prefix] (env BROOK_METADATA_URL, default etcd://127.0.0.1:2379)',
    )
    .option('-p, --port <port>', 'gRPC port for clients; 0 picks a free one (env BROOK_PORT, default 6650)', parsePort)
    .option(
      '--http-port <port>',
      'HTTP port for /healthz, /readyz, /metrics (env BROOK_HTTP_PORT, default 8080)',
      parsePort,
    )
    .option('--advertised-url <url>', 'URL clients reach this broker at (env BROOK_ADVERTISED_URL)')
    .option('--log-level <level>', 'trace, debug, info, warn, error (env BROOK_LOG_LEVEL)')
    .action(async (flags: BrokerRoleFlags) => {
      const config = loadBrokerRoleConfig(flags);
      const logger = createLogger(config.logLevel);
      const role = new BrokerRole(config, logger);
      await runRole('brook broker', role, logger, () => ({ url: role.url, http: role.httpUrl }));
    });
}
