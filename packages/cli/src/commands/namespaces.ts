import type { BacklogQuotaAction, NamespacePolicies, PolicyChange, PolicyName } from '@brook/client';
import { BrookError, ErrorCode } from '@brook/protocol';
import { type Command, Option } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';
import { emit, type OutputFlags, outputOption } from './output.js';
import { parseCount, parseSize, parseTime } from './units.js';

type Flags = ClientFlags & OutputFlags;

const BACKLOG_ACTIONS = ['producer_request_hold', 'producer_exception', 'consumer_backlog_eviction'];

/** CLI names of the policies (pulsar-admin's), and the client's. */
const POLICY_NAMES: Record<string, PolicyName> = {
  retention: 'retention',
  'message-ttl': 'messageTtlSeconds',
  'backlog-quota': 'backlogQuota',
  'max-message-size': 'maxMessageSize',
  deduplication: 'deduplication',
  persistence: 'persistence',
  'max-producers': 'maxProducersPerTopic',
  'max-consumers': 'maxConsumersPerTopic',
};

export function registerNamespaces(program: Command): void {
  const namespaces = program
    .command('namespaces')
    .description('list, create and delete namespaces (tenant/namespace) and set their policies');

  /** A verb taking `<namespace>` plus the common options. */
  const verb = (name: string, description: string) =>
    namespaces.command(name).description(description).argument('<namespace>', 'tenant/namespace');
  const common = (command: Command) =>
    command.addOption(outputOption()).option('-u, --service-url <url>', SERVICE_URL_HELP);

  common(
    namespaces.command('list').description('list the namespaces of a tenant').argument('<tenant>', 'tenant name'),
  ).action(async (tenant: string, flags: Flags) => {
    const listed = await withClient(flags, (client) => client.admin.namespaces.list(tenant));
    emit(flags, listed, () => listed.join('\n'));
  });

  common(verb('create', 'create a namespace in an existing tenant')).action(async (namespace: string, flags: Flags) => {
    const created = await withClient(flags, (client) => client.admin.namespaces.create(namespace));
    emit(flags, created, () => `created namespace ${namespace}`);
  });

  common(verb('delete', 'delete a namespace that has no topics')).action(async (namespace: string, flags: Flags) => {
    await withClient(flags, (client) => client.admin.namespaces.delete(namespace));
    emit(flags, { namespace, deleted: true }, () => `deleted namespace ${namespace}`);
  });

  common(verb('policies', 'show the policies in effect; "(default)" marks those the namespace does not set')).action(
    async (namespace: string, flags: Flags) => {
      const policies = await withClient(flags, (client) => client.admin.namespaces.policies(namespace));
      emit(flags, policies, () => policiesText(policies));
    },
  );

  /** A set-* verb: `change` turns its flags into the policy change (throwing INVALID_ARGUMENT on bad input). */
  const set = (name: string, description: string, change: (flags: Record<string, unknown>) => PolicyChange) => ({
    verb: common(verb(name, description)),
    run: async (namespace: string, flags: Flags & Record<string, unknown>) => {
      const request = change(flags);
      const policies = await withClient(flags, (client) => client.admin.namespaces.setPolicies(namespace, request));
      emit(flags, policies, () => `updated ${name.slice('set-'.length)} of ${namespace}`);
    },
  });

  const retention = set('set-retention', 'keep consumed messages for a time and/or size (-1: no limit)', (f) => {
    if (f.time === undefined && f.size === undefined) throw usage('give --time, --size or both');
    return { retention: definedOnly({ timeMinutes: minutes(f.time), sizeMb: megabytes(f.size) }) };
  });
  retention.verb
    .option('-t, --time <time>', 'retention time: 90m, 3h, 2d, -1 (no limit) or 0', parseTime)
    .option('-s, --size <size>', 'retention size: 500M, 10G, -1 (no limit) or 0', parseSize)
    .action(retention.run);

  const ttl = set(
    'set-message-ttl',
    'acknowledge messages older than the TTL for every subscription (0: never)',
    (f) => ({
      messageTtlSeconds: f.ttl as number,
    }),
  );
  ttl.verb.requiredOption('-t, --ttl <time>', 'time to live: 30s, 10m, 3h, 2d; 0 disables', parseTime).action(ttl.run);

  const backlog = set(
    'set-backlog-quota',
    'limit backlogs by size and/or age, and choose what happens past them',
    (f) => {
      if (f.limit === undefined && f.limitTime === undefined && f.policy === undefined) {
        throw usage('give --limit, --limit-time or --policy');
      }
      return {
        backlogQuota: definedOnly({
          limitBytes: f.limit as number | undefined,
          limitTimeSeconds: f.limitTime as number | undefined,
          action: f.policy as BacklogQuotaAction | undefined,
        }),
      };
    },
  );
  backlog.verb
    .option('-l, --limit <size>', 'backlog size limit: 10G, -1 (none)', parseSize)
    .option('--limit-time <time>', 'backlog age limit: 1h, 2d, -1 (none)', parseTime)
    .addOption(new Option('-p, --policy <action>', 'what happens past the quota').choices(BACKLOG_ACTIONS))
    .action(backlog.run);

  const size = set(
    'set-max-message-size',
    "largest message (batch) a producer may send; at most the broker's limit",
    (f) => ({
      maxMessageSize: f.size as number,
    }),
  );
  size.verb.requiredOption('-s, --size <size>', 'size: 64K, 1M', parseSize).action(size.run);

  const dedup = set('set-deduplication', 'turn producer de-duplication on or off', (f) => {
    if (f.enable === f.disable) throw usage('give exactly one of --enable and --disable');
    return { deduplication: f.enable === true };
  });
  dedup.verb
    .option('-e, --enable', 'de-duplicate resent batches')
    .option('-d, --disable', 'store every batch sent')
    .action(dedup.run);

  const persistence = set(
    'set-persistence',
    "replication of the namespace's new ledgers (ack ≤ write ≤ ensemble)",
    (f) => {
      if (f.ensemble === undefined && f.writeQuorum === undefined && f.ackQuorum === undefined) {
        throw usage('give --ensemble, --write-quorum and/or --ack-quorum');
      }
      return {
        persistence: definedOnly({
          ensembleSize: f.ensemble as number | undefined,
          writeQuorum: f.writeQuorum as number | undefined,
          ackQuorum: f.ackQuorum as number | undefined,
        }),
      };
    },
  );
  persistence.verb
    .option('-e, --ensemble <n>', 'bookies per ledger (E)', parseCount)
    .option('-w, --write-quorum <n>', 'copies of each entry (Qw)', parseCount)
    .option('-a, --ack-quorum <n>', 'copies acknowledged before an add completes (Qa)', parseCount)
    .action(persistence.run);

  const producers = set('set-max-producers', 'most producers per topic (0: no limit)', (f) => ({
    maxProducersPerTopic: f.max as number,
  }));
  producers.verb.requiredOption('-m, --max <n>', 'producers per topic', parseCount).action(producers.run);

  const consumers = set('set-max-consumers', 'most consumers per topic (0: no limit)', (f) => ({
    maxConsumersPerTopic: f.max as number,
  }));
  consumers.verb.requiredOption('-m, --max <n>', 'consumers per topic', parseCount).action(consumers.run);

  common(
    verb('remove-policy', "make the namespace follow the broker's default for one policy again").argument(
      '<policy>',
      Object.keys(POLICY_NAMES).join(', '),
    ),
  ).action(async (namespace: string, policy: string, flags: Flags) => {
    const name =
      POLICY_NAMES[policy] ?? (Object.values(POLICY_NAMES).includes(policy as PolicyName) ? policy : undefined);
    if (!name) throw usage(`unknown policy ${JSON.stringify(policy)}; one of ${Object.keys(POLICY_NAMES).join(', ')}`);
    const policies = await withClient(flags, (client) =>
      client.admin.namespaces.removePolicy(namespace, name as PolicyName),
    );
    emit(flags, policies, () => `removed ${policy} of ${namespace}; the default applies`);
  });
}

function policiesText({ effective, own }: NamespacePolicies): string {
  const { retention, backlogQuota, persistence } = effective;
  const rows: [PolicyName, string][] = [
    ['retention', `time=${retention.timeMinutes}m size=${retention.sizeMb}MB`],
    ['messageTtlSeconds', String(effective.messageTtlSeconds)],
    [
      'backlogQuota',
      `limitBytes=${backlogQuota.limitBytes} limitTimeSeconds=${backlogQuota.limitTimeSeconds} action=${backlogQuota.action}`,
    ],
    ['maxMessageSize', String(effective.maxMessageSize)],
    ['deduplication', String(effective.deduplication)],
    [
      'persistence',
      `ensemble=${persistence.ensembleSize} writeQuorum=${persistence.writeQuorum} ackQuorum=${persistence.ackQuorum}`,
    ],
    ['maxProducersPerTopic', String(effective.maxProducersPerTopic)],
    ['maxConsumersPerTopic', String(effective.maxConsumersPerTopic)],
  ];
  return rows.map(([name, value]) => `${name}: ${value}${name in own ? '' : ' (default)'}`).join('\n');
}

function minutes(seconds: unknown): number | undefined {
  if (typeof seconds !== 'number' || seconds <= 0) return seconds as number | undefined;
  if (seconds % 60 !== 0) throw usage('--time must be whole minutes (e.g. 90m, 3h)');
  return seconds / 60;
}

function megabytes(bytes: unknown): number | undefined {
  if (typeof bytes !== 'number' || bytes <= 0) return bytes as number | undefined;
  if (bytes % (1024 * 1024) !== 0) throw usage('--size must be whole megabytes (e.g. 500M, 10G)');
  return bytes / (1024 * 1024);
}

function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function usage(message: string): BrookError {
  return new BrookError(ErrorCode.InvalidArgument, message);
}
