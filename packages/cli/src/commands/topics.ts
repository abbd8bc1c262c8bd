import { type Command, InvalidArgumentError } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';
import { emit, type OutputFlags, outputOption } from './output.js';

export function registerTopics(program: Command): void {
  const topics = program.command('topics').description('list, create, delete and inspect topics');

  topics
    .command('list')
    .description('list topics, of one namespace or all')
    .argument('[namespace]', 'tenant/namespace')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (namespace: string | undefined, flags: ClientFlags & OutputFlags) => {
      const listed = await withClient(flags, (client) => client.admin.topics.list(namespace));
      emit(flags, listed, () =>
        listed.map((t) => (t.partitions > 0 ? `${t.topic} (${t.partitions} partitions)` : t.topic)).join('\n'),
      );
    });

  topics
    .command('create')
    .description('create a topic')
    .argument('<topic>', 'topic name')
    .option('-p, --partitions <n>', 'number of partitions (0: not partitioned)', nonNegativeInt, 0)
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ClientFlags & OutputFlags & { partitions: number }) => {
      const created = await withClient(flags, (client) =>
        client.admin.topics.create(topic, { partitions: flags.partitions }),
      );
      emit(flags, created, () => `created ${topic}`);
    });

  topics
    .command('update-partitions')
    .description('grow a partitioned topic to <n> partitions (partitions are never removed)')
    .argument('<topic>', 'topic name')
    .argument('<n>', 'the new partition count', positiveInt)
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, partitions: number, flags: ClientFlags) => {
      const updated = await withClient(flags, (client) => client.admin.topics.updatePartitions(topic, partitions));
      console.log(`${updated.topic} has ${updated.partitions} partitions`);
    });

  topics
    .command('delete')
    .description('delete a topic and its data')
    .argument('<topic>', 'topic name')
    .option('-f, --force', 'delete even with connected producers or consumers', false)
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ClientFlags & OutputFlags & { force: boolean }) => {
      await withClient(flags, (client) => client.admin.topics.delete(topic, { force: flags.force }));
      emit(flags, { topic, deleted: true }, () => `deleted ${topic}`);
    });

  topics
    .command('stats')
    .description('message count, storage size and subscriptions with backlog, as JSON')
    .argument('<topic>', 'topic name')
    .addOption(outputOption()) // JSON either way
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ClientFlags) => {
      const stats = await withClient(flags, (client) => client.admin.topics.stats(topic));
      console.log(JSON.stringify(stats, null, 2));
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a non-negative integer');
  return n;
}
