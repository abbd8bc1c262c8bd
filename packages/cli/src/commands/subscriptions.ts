import { BrookError, ErrorCode, MessageId, type SeekTarget, type SubscriptionMove } from '@brook/client';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';
import { emit, type OutputFlags, outputOption } from './output.js';
import { parseCount, parseTime } from './units.js';

type Flags = ClientFlags & OutputFlags;

interface TargetFlags {
  messageId?: MessageId;
  time?: number;
  offset?: number;
  earliest?: boolean;
  latest?: boolean;
}

const MESSAGE_ID_HELP = 'a message id, ledgerId:entryId:batchIndex:partition:offset (as `brook consume` prints it)';

/** `brook subscriptions list|create|delete|reset|skip|clear-backlog`: a topic's subscriptions, as an operator moves them. */
export function registerSubscriptions(program: Command): void {
  const subscriptions = program
    .command('subscriptions')
    .description("list, create, delete and move (reset, skip, clear backlog) a topic's subscriptions");

  subscriptions
    .command('list')
    .description('list the subscriptions of a topic, with their backlog (readers show as non-durable)')
    .argument('<topic>', 'topic name')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, flags: Flags) => {
      const listed = await withClient(flags, (client) => client.admin.subscriptions.list(topic));
      emit(flags, listed, () =>
        listed
          .map((s) => {
            const markDelete = s.markDeleteOffset === undefined ? '' : ` mark-delete=${s.markDeleteOffset}`;
            const durable = s.durable ? '' : ' non-durable';
            return `${s.name} type=${s.type}${durable} backlog=${s.backlog} consumers=${s.consumerCount}${markDelete}`;
          })
          .join('\n'),
      );
    });

  subscriptions
    .command('create')
    .description('create a durable subscription (on every partition of a partitioned topic)')
    .argument('<topic>', 'topic name')
    .argument('<subscription>', 'subscription name')
    .addOption(
      new Option('-p, --position <position>', 'where it starts').choices(['earliest', 'latest']).default('latest'),
    )
    .option('-m, --message-id <id>', `start at this message instead (${MESSAGE_ID_HELP})`, messageId)
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, subscription: string, flags: Flags & { position: string; messageId?: MessageId }) => {
      const start = flags.messageId ?? (flags.position === 'earliest' ? 'Earliest' : 'Latest');
      const created = await withClient(flags, (client) =>
        client.admin.subscriptions.create(topic, subscription, start),
      );
      emit(flags, created, () => `created subscription ${subscription} on ${topic}: ${describe(created)}`);
    });

  subscriptions
    .command('delete')
    .description('delete a subscription and its cursor')
    .argument('<topic>', 'topic name')
    .argument('<subscription>', 'subscription name')
    .option('-f, --force', 'delete even with consumers connected (their streams end)', false)
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, subscription: string, flags: Flags & { force: boolean }) => {
      await withClient(flags, (client) =>
        client.admin.subscriptions.delete(topic, subscription, { force: flags.force }),
      );
      emit(flags, { topic, subscription, deleted: true }, () => `deleted subscription ${subscription} of ${topic}`);
    });

  subscriptions
    .command('reset')
    .description(
      'move a subscription forward or backward: the target message is delivered next, and everything after it again',
    )
    .argument('<topic>', 'topic name')
    .argument('<subscription>', 'subscription name')
    .option('-m, --message-id <id>', MESSAGE_ID_HELP, messageId)
    .option(
      '-t, --time <time>',
      'the first message published at or after this time: an ISO 8601 time, or a duration ago (30s, 10m, 3h, 2d)',
      publishTime,
    )
    .option('--offset <n>', 'the message with this offset (of each partition)', parseCount)
    .option('--earliest', 'the oldest stored message')
    .option('--latest', 'the end of the topic (nothing is left to deliver)')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, subscription: string, flags: Flags & TargetFlags) => {
      const target = targetOf(flags);
      const moved = await withClient(flags, (client) => client.admin.subscriptions.reset(topic, subscription, target));
      emit(flags, moved, () => `reset ${subscription} on ${topic}: ${describe(moved)}`);
    });

  subscriptions
    .command('skip')
    .description('acknowledge the next <n> unacknowledged messages (of each partition)')
    .argument('<topic>', 'topic name')
    .argument('<subscription>', 'subscription name')
    .argument('<n>', 'how many messages', parseCount)
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, subscription: string, count: number, flags: Flags) => {
      const moved = await withClient(flags, (client) => client.admin.subscriptions.skip(topic, subscription, count));
      emit(flags, moved, () => `skipped ${count} messages of ${subscription} on ${topic}: ${describe(moved)}`);
    });

  subscriptions
    .command('clear-backlog')
    .description('acknowledge every message stored')
    .argument('<topic>', 'topic name')
    .argument('<subscription>', 'subscription name')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (topic: string, subscription: string, flags: Flags) => {
      const moved = await withClient(flags, (client) => client.admin.subscriptions.clearBacklog(topic, subscription));
      emit(flags, moved, () => `cleared the backlog of ${subscription} on ${topic}: ${describe(moved)}`);
    });
}

function describe(move: SubscriptionMove): string {
  const only = move.positions.length === 1 ? move.positions[0] : undefined;
  return only ? `backlog ${move.backlog}, mark-delete offset ${only.markDeleteOffset}` : `backlog ${move.backlog}`;
}

function targetOf(flags: TargetFlags): SeekTarget {
  const targets: SeekTarget[] = [];
  if (flags.messageId) targets.push(flags.messageId);
  if (flags.time !== undefined) targets.push({ publishTime: flags.time });
  if (flags.offset !== undefined) targets.push({ offset: flags.offset });
  if (flags.earliest) targets.push('Earliest');
  if (flags.latest) targets.push('Latest');
  const [target] = targets;
  if (targets.length !== 1 || target === undefined) {
    throw new BrookError(
      ErrorCode.InvalidArgument,
      'give exactly one of --message-id, --time, --offset, --earliest and --latest',
    );
  }
  return target;
}

function messageId(value: string): MessageId {
  try {
    return MessageId.fromString(value);
  } catch {
    throw new InvalidArgumentError(`expected ${MESSAGE_ID_HELP}`);
  }
}

/** A duration ago (`10m`, as pulsar-admin reset-cursor --time) or an ISO 8601 time → ms since the epoch. */
function publishTime(value: string): number {
  if (/^\d+[smhdw]?$/.test(value.trim())) return Date.now() - parseTime(value) * 1000;
  const time = Date.parse(value);
  if (Number.isNaN(time) || time < 0) {
    throw new InvalidArgumentError('expected an ISO 8601 time (2024-05-01T10:00:00Z) or a duration ago (10m)');
  }
  return time;
}
