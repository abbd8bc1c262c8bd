import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DevCluster } from '../devcluster/DevCluster.js';
import { createLogger } from '../logger.js';
import { parsePort } from './standalone.js';

interface DevClusterFlags {
  dataDir: string;
  bookies: string;
  brokers: string;
  etcdPort: number;
  logLevel: string;
}

export function registerDevCluster(program: Command): void {
  program
    .command('dev-cluster')
    .description('run etcd, 3 bookies and 2 brokers as separate processes on this machine (needs etcd on PATH)')
    .option('-d, --data-dir <dir>', 'where every process keeps its data', 'data/dev-cluster')
    .option('--bookies <n>', 'number of bookies (gRPC ports 3181…, HTTP 8000…)', '3')
    .option('--brokers <n>', 'number of brokers (gRPC ports 6650…, HTTP 8080…)', '2')
    .option('--etcd-port <port>', 'etcd client port (peer port is the next one)', parsePort, 2379)
    .option('--log-level <level>', 'log level of the child processes (their ready lines are info)', 'info')
    .action(async (flags: DevClusterFlags) => {
      const logger = createLogger('info');
      const cluster = new DevCluster(
        {
          dataDir: resolve(flags.dataDir),
          bookies: Number(flags.bookies),
          brokers: Number(flags.brokers),
          etcdPort: flags.etcdPort,
          bookiePort: 3181,
          brokerPort: 6650,
          logLevel: flags.logLevel,
        },
        logger,
      );
      const stop = () => {
        logger.info('stopping the dev cluster');
        cluster.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await cluster.start();
      } catch (error) {
        await cluster.close();
        throw error;
      }
      console.log(`Brook dev cluster is up. Metadata: ${cluster.metadataUrl}`);
      console.log(`Brokers: ${cluster.brokerUrls.join(' ')}`);
      console.log(`Try: npx brook produce orders -m hello -n 10 -u ${cluster.brokerUrls[0]}`);
      console.log('Ctrl-C stops every process.');
    });
}
