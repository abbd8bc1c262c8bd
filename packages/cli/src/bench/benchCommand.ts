import { Command, InvalidArgumentError, Option } from 'commander';
import { SERVICE_URL_HELP } from '../commands/clientCommand.js';
import { positiveInt } from '../commands/produce.js';
import { parseCount, parseSize } from '../commands/units.js';
import {
  type BenchFlags,
  type BenchOptions,
  DEFAULT_DURATION_SECONDS,
  parseBenchOptions,
  type Workload,
} from './BenchOptions.js';

export const WORKLOADS: Record<Workload, string> = {
  produce: 'send as fast as allowed or at --rate; latency = intended send → durable receipt',
  consume: 'receive and acknowledge (--backlog N: produce N first, then time the catch-up read)',
  e2e: 'producers and consumers in one process; latency = intended send → receipt by a consumer',
};

/** `brook bench <workload>` with its flags; `run` gets the validated options. */
export function benchCommand(workload: Workload, run: (options: BenchOptions) => Promise<void>): Command {
  const command = new Command(workload)
    .description(WORKLOADS[workload])
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .option('--topic <name>', 'topic, or the base of <name>-<i> with --topics (default: a fresh bench-<random>)')
    .option('--topics <n>', 'number of topics', positiveInt, 1)
    .option('--partitions <n>', 'partitions per topic (1: a non-partitioned topic)', positiveInt, 1)
    .option('--producers <n>', 'producers per topic', positiveInt, 1)
    .option('--consumers <n>', 'consumers per topic, on one subscription', positiveInt, 1)
    .option('--subscription <name>', 'subscription name (default: a fresh bench-<random>)')
    .addOption(
      new Option('--subscription-type <type>', 'default Exclusive, or Shared with several consumers').choices([
        'Exclusive',
        'Shared',
        'Failover',
        'KeyShared',
      ]),
    )
    .option('--rate <msg/s>', 'target rate over all producers; 0 = as fast as possible', nonNegativeNumber, 0)
    .option('--size <bytes>', 'message size, e.g. 100, 1K', messageSize, 1024)
    .option('--batch-max-messages <n>', 'a batch is sent at this many messages', positiveInt, 1000)
    .option('--batch-max-bytes <bytes>', 'a batch is sent at this many bytes', messageSize, 128 * 1024)
    .option('--batch-delay-ms <ms>', 'a batch is sent once its first message waited this long', parseCount, 1)
    .option('--no-batching', 'send every message as its own batch')
    .addOption(
      new Option('--compression <codec>', 'batch compression')
        .choices(['none', 'lz4', 'zstd', 'snappy', 'zlib'])
        .default('none'),
    )
    .option(
      '--duration <seconds>',
      `measured seconds after the warm-up; 0 = until Ctrl-C (default ${DEFAULT_DURATION_SECONDS} unless --messages bounds the run)`,
      nonNegativeNumber,
    )
    .option('--messages <n>', 'stop after this many messages in all (warm-up included)', positiveInt)
    .option('--warmup <seconds>', 'run this long before measuring', nonNegativeNumber, 0)
    .option('--max-pending <n>', 'sends in flight per producer, at most', positiveInt, 10_000)
    .option('--receiver-queue-size <n>', 'messages each consumer buffers ahead (its flow permits)', positiveInt, 10_000)
    .option('--json', 'print the result as one JSON object on stdout', false);
  if (workload === 'consume') {
    command.option('--backlog <n>', 'produce this many messages first, then time reading them', parseCount, 0);
  }
  return command.action(async (flags: BenchFlags) => {
    await run(parseBenchOptions(workload, flags));
  });
}

function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return n;
}

function messageSize(value: string): number {
  const bytes = parseSize(value);
  if (bytes < 1) throw new InvalidArgumentError('expected a size of at least 1 byte');
  return bytes;
}
