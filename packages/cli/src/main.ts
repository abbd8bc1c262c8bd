import { toBrookError } from '@brook/protocol';
import { Command } from 'commander';
import { registerBench } from './commands/bench.js';
import { registerBookie } from './commands/bookie.js';
import { registerBroker } from './commands/broker.js';
import { registerConsume } from './commands/consume.js';
import { registerDevCluster } from './commands/devCluster.js';
import { registerNamespaces } from './commands/namespaces.js';
import { registerProduce } from './commands/produce.js';
import { registerStandalone } from './commands/standalone.js';
import { registerSubscriptions } from './commands/subscriptions.js';
import { registerTenants } from './commands/tenants.js';
import { registerTopics } from './commands/topics.js';

const program = new Command('brook').description('Brook: a streaming platform').showHelpAfterError();
registerStandalone(program);
registerBookie(program);
registerBroker(program);
registerDevCluster(program);
registerProduce(program);
registerConsume(program);
registerTopics(program);
registerSubscriptions(program);
registerTenants(program);
registerNamespaces(program);
registerBench(program);

program.parseAsync().catch((error: unknown) => {
  const brookError = toBrookError(error);
  console.error(`error: ${brookError.code}: ${brookError.message}`);
  process.exit(1);
});
