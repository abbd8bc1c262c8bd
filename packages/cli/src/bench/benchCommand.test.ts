import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { BenchOptions, Workload } from './BenchOptions.js';
import { benchCommand } from './benchCommand.js';

/** Parses `brook bench <workload> <args>` as the CLI does; resolves with the options the run would get. */
async function parse(workload: Workload, ...args: string[]): Promise<BenchOptions> {
  let options: BenchOptions | undefined;
  const command: Command = benchCommand(workload, async (o) => {
    options = o;
  });
  command.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  await command.parseAsync(args, { from: 'user' });
  if (!options) throw new Error('the command did not run');
  return options;
}

describe('brook bench flags', () => {
  it('defaults: a fresh topic, 1 KiB, max rate, client batching defaults, no compression, 10 s', async () => {
    const o = await parse('produce');
    expect(o.topic).toMatch(/^bench-[0-9a-f]{8}$/);
    expect(o).toMatchObject({
      workload: 'produce',
      topics: 1,
      partitions: 1,
      producers: 1,
      consumers: 1,
      subscriptionType: 'Exclusive',
      rate: 0,
      size: 1024,
      batching: { maxMessages: 1000, maxBytes: 131072, maxDelayMs: 1 },
      compression: 'none',
      durationSeconds: 10,
      messages: undefined,
      warmupSeconds: 0,
      maxPending: 10_000,
      backlog: 0,
      json: false,
    });
  });

  it('takes every workload setting', async () => {
    const o = await parse(
      'e2e',
      ...['-u', 'brook://h:1', '--topic', 'orders', '--topics', '3', '--partitions', '4', '--producers', '2'],
      ...['--consumers', '2', '--subscription-type', 'Failover', '--rate', '5000', '--size', '100'],
      ...['--batch-max-messages', '50', '--batch-max-bytes', '64K', '--batch-delay-ms', '5', '--compression', 'zstd'],
      ...['--duration', '2.5', '--warmup', '1', '--max-pending', '500', '--json'],
    );
    expect(o).toMatchObject({
      serviceUrl: 'brook://h:1',
      topic: 'orders',
      topics: 3,
      partitions: 4,
      producers: 2,
      consumers: 2,
      subscriptionType: 'Failover',
      rate: 5000,
      size: 100,
      batching: { maxMessages: 50, maxBytes: 65536, maxDelayMs: 5 },
      compression: 'zstd',
      durationSeconds: 2.5,
      warmupSeconds: 1,
      maxPending: 500,
      json: true,
    });
  });

  it('--no-batching sends unbatched', async () => {
    expect((await parse('produce', '--no-batching')).batching).toBeNull();
  });

  it('--messages bounds the run instead of the default duration; --duration 0 runs until Ctrl-C', async () => {
    expect(await parse('produce', '--messages', '1000')).toMatchObject({ messages: 1000, durationSeconds: undefined });
    expect(await parse('produce', '--messages', '1000', '--duration', '3')).toMatchObject({
      messages: 1000,
      durationSeconds: 3,
    });
    expect((await parse('produce', '--duration', '0')).durationSeconds).toBeUndefined();
  });

  it('consume --backlog N reads N messages, however long that takes', async () => {
    expect(await parse('consume', '--backlog', '5000')).toMatchObject({
      backlog: 5000,
      messages: 5000,
      durationSeconds: undefined,
    });
  });

  it('several consumers default to a Shared subscription', async () => {
    expect((await parse('consume', '--consumers', '3')).subscriptionType).toBe('Shared');
  });

  it.each([
    [['--consumers', '2', '--subscription-type', 'Exclusive'], /Exclusive subscription takes one consumer/],
    [['--size', '4'], /--size must be at least 8/],
  ])('e2e refuses %j', async (args, message) => {
    await expect(parse('e2e', ...args)).rejects.toThrow(message);
  });

  it.each([
    ['--rate', '-1'],
    ['--rate', 'fast'],
    ['--size', '0'],
    ['--producers', '0'],
    ['--compression', 'gzip'],
    ['--subscription-type', 'Queue'],
    ['--duration', ''],
  ])('refuses %s %j', async (flag, value) => {
    await expect(parse('produce', flag, value)).rejects.toThrow();
  });

  it('--backlog is a consume flag only', async () => {
    await expect(parse('produce', '--backlog', '10')).rejects.toThrow(/unknown option/);
  });
});
