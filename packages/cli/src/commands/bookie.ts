import type { Command } from 'commander';
import { BookieRole } from '../bookie/BookieRole.js';
import { type BookieRoleFlags, loadBookieRoleConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { runRole } from './runRole.js';
import { parsePort } from './standalone.js';

export function registerBookie(program: Command): void {
  program
    .command('bookie')
    .description('run one bookie that registers in etcd (journal and ledgers under --data-dir)')
    .option('-c, --config <file>', 'JSON config file (env BROOK_CONFIG)')
    .option(
      '--metadata-url <url>',
      'etcd cluster: etcd://host:port[,host:port...][/prefix] (env BROOK_METADATA_URL, default etcd://127.0.0.1:2379)',
    )
    .option('-d, --data-dir <dir>', 'journal and ledger storage (env BROOK_DATA_DIR, default ./data)')
    .option('-p, --port <port>', 'gRPC port; 0 picks a free one (env BROOK_BOOKIE_PORT, default 3181)', parsePort)
    .option(
      '--http-port <port>',
      'HTTP port for /healthz, /readyz, /metrics (env BROOK_HTTP_PORT, default 8000)',
      parsePort,
    )
    .option(
      '--advertised-address <host[:port]>',
      'address clients reach this bookie at, and its id (env BROOK_ADVERTISED_ADDRESS; default this host, bound port)',
    )
    .option('--log-level <level>', 'trace, debug, info, warn, error (env BROOK_LOG_LEVEL)')
    .action(async (flags: BookieRoleFlags) => {
      const config = loadBookieRoleConfig(flags);
      const logger = createLogger(config.logLevel);
      const role = new BookieRole(config, logger);
      await runRole('brook bookie', role, logger, () => ({
        address: role.address,
        http: `http://127.0.0.1:${role.httpPort}`,
        dataDir: config.dataDir,
      }));
    });
}
