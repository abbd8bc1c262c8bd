import type { CompressionType } from '@brook/client';
import { type Command, InvalidArgumentError } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';

interface ProduceFlags extends ClientFlags {
  message: string[];
  count: number;
  key?: string;
  property: Record<string, string>;
  deliverAfter?: number;
  compression?: string;
  chunking?: boolean;
}

export function registerProduce(program: Command): void {
  program
    .command('produce')
    .description('send messages to a topic')
    .argument('<topic>', 'topic name, e.g. orders or tenant/namespace/orders')
    .option('-m, --message <text>', 'message value; repeat for several', collect, [])
    .option('-n, --count <n>', 'send the messages this many times', positiveInt, 1)
    .option('-k, --key <key>', 'message key')
    .option('-P, --property <key=value>', 'message property; repeat for several', property, {})
    .option('--deliver-after <ms>', 'deliver this many ms later (Shared and Key_Shared subscriptions)', positiveInt)
    .option('-z, --compression <codec>', 'compress batches: none, lz4, zstd, snappy or zlib')
    .option('--chunking', 'send messages over the max message size in chunks')
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: ProduceFlags) => {
      const values = flags.message.length > 0 ? flags.message : ['hello'];
      const started = Date.now();
      const sent = await withClient(flags, async (client) => {
        const producer = await client.createProducer({
          topic,
          ...(flags.compression ? { compression: flags.compression as CompressionType } : {}),
          ...(flags.chunking ? { chunking: true } : {}),
        });
        const sends: Promise<unknown>[] = [];
        for (let i = 0; i < flags.count; i++) {
          for (const value of values) {
            sends.push(
              producer.send({
                value,
                properties: flags.property,
                ...(flags.key ? { key: flags.key } : {}),
                ...(flags.deliverAfter ? { deliverAfterMs: flags.deliverAfter } : {}),
              }),
            );
          }
        }
        await Promise.all(sends);
        await producer.close();
        return sends.length;
      });
      console.log(`${sent} messages sent to ${topic} in ${Date.now() - started} ms`);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function property(value: string, previous: Record<string, string>): Record<string, string> {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError('a property is key=value');
  return { ...previous, [value.slice(0, at)]: value.slice(at + 1) };
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}
