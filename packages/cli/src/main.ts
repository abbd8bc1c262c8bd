import { toBrookError } from '@brook/protocol';
import { Command } from 'commander';
import { registerBookie } from './commands/bookie.js';
import { registerConsume } from './commands/consume.js';
import { registerProduce } from './commands/produce.js';
import { registerStandalone } from './commands/standalone.js';
import { registerTopics } from './commands/topics.js';

const program = new Command('brook').description('Brook: a streaming platform').showHelpAfterError();
registerStandalone(program);
registerBookie(program);
registerProduce(program);
registerConsume(program);
registerTopics(program);

program.parseAsync().catch((error: unknown) => {
  const brookError = toBrookError(error);
  console.error(`error: ${brookError.code}: ${brookError.message}`);
  process.exit(1);
});
