import { type Command, InvalidArgumentError } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';

export function registerTopics(program: Command): void {
  const topics = program.command('topics').description('list, create, delete and inspect topics');

  topics
    .command('list')
    .description('list topics, of one namespace or all')
    .argument('[namespace]', 'tenant/namespace')
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (namespace: string | undefined, flags: ClientFlags) => {
      const listed = await withClient(flags, (client) => client.admin.topics.list(namespace));
      for (const t of listed) console.log(t.partitions > 0 ? `${t.topic} (${t.partitions} partitions)` : t.topic);
    });

  topics
    .command('create')
    .description('create a topic')
    .argument('<topic>', 'topic name')
    .option('-p, --partitions <n>', 'number of partitions (0: not partitioned)', nonNegativeInt, 0)
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ClientFlags & { partitions: number }) => {
      await withClient(flags, (client) => client.admin.topics.create(topic, { partitions: flags.partitions }));
      console.log(`created ${topic}`);
    });

  topics
    .command('delete')
    .description('delete a topic and its data')
    .argument('<topic>', 'topic name')
    .option('-f, --force', 'delete even with connected producers or consumers', false)
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ClientFlags & { force: boolean }) => {
      await withClient(flags, (client) => client.admin.topics.delete(topic, { force: flags.force }));
      console.log(`deleted ${topic}`);
    });

  topics
    .command('stats')
    .description('message count, storage size and subscriptions with backlog, as JSON')
    .argument('<topic>', 'topic name')
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ClientFlags) => {
      const stats = await withClient(flags, (client) => client.admin.topics.stats(topic));
      console.log(JSON.stringify(stats, null, 2));
    });
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a non-negative integer');
  return n;
}
