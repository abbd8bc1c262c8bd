import { type Command, InvalidArgumentError, Option } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';
import { positiveInt } from './produce.js';

interface ConsumeFlags extends ClientFlags {
  subscription: string;
  count?: number;
  type: 'Exclusive' | 'Shared' | 'Failover' | 'KeyShared';
  priorityLevel?: number;
  initialPosition: 'Earliest' | 'Latest';
  output: 'text' | 'json';
}

export function registerConsume(program: Command): void {
  program
    .command('consume')
    .description('receive, print and acknowledge messages from a topic')
    .argument('<topic>', 'topic name')
    .requiredOption('-s, --subscription <name>', 'subscription name')
    .option('-n, --count <n>', 'stop after this many messages (default: run until Ctrl-C)', positiveInt)
    .addOption(
      new Option('-t, --type <type>', 'subscription type')
        .choices(['Exclusive', 'Shared', 'Failover', 'KeyShared'])
        .default('Exclusive'),
    )
    .option('--priority-level <n>', 'Failover: lower levels are active first (default 0)', nonNegativeInt)
    .addOption(
      new Option('--initial-position <pos>', 'where a new subscription starts')
        .choices(['Earliest', 'Latest'])
        .default('Earliest'),
    )
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ConsumeFlags) => {
      await withClient(flags, async (client) => {
        const consumer = await client.subscribe({
          topic,
          subscription: flags.subscription,
          type: flags.type,
          initialPosition: flags.initialPosition,
          ...(flags.priorityLevel !== undefined && { priorityLevel: flags.priorityLevel }),
        });
        const stop = () => void consumer.close();
        process.once('SIGINT', stop);
        let received = 0;
        for await (const msg of consumer) {
          const printable = {
            offset: msg.offset,
            id: msg.id.toString(),
            key: msg.key ?? null,
            properties: msg.properties,
            publishTime: new Date(msg.publishTime).toISOString(),
            value: msg.value.toString('utf8'),
          };
          const json = () => JSON.stringify({ ...printable, redeliveryCount: msg.redeliveryCount });
          console.log(flags.output === 'json' ? json() : formatText(printable));
          await consumer.ack(msg);
          if (flags.count !== undefined && ++received >= flags.count) break;
        }
        process.off('SIGINT', stop);
      });
    });
}

function formatText(m: {
  offset: number;
  id: string;
  key: string | null;
  properties: Record<string, string>;
  value: string;
}) {
  const props = Object.keys(m.properties).length > 0 ? ` properties=${JSON.stringify(m.properties)}` : '';
  const key = m.key === null ? '' : ` key=${JSON.stringify(m.key)}`;
  return `offset=${m.offset} id=${m.id}${key}${props} value=${JSON.stringify(m.value)}`;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}
