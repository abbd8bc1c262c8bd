import { describe, expect, it } from 'vitest';
import { brook, json, useStandaloneCommand } from './harness/brookCommand.js';

describe('brook tenants and namespaces, as a script runs them', () => {
  const { run } = useStandaloneCommand();

  it('tenants create, list, get and delete, as text and as JSON', async () => {
    expect(await run('tenants', 'create', 'acme', '--admin-roles', 'ops,dev')).toEqual({
      code: 0,
      stdout: 'created tenant acme\n',
      stderr: '',
    });
    expect((await run('tenants', 'list')).stdout.split('\n')).toEqual(['acme', 'public', '']);
    expect(json(await run('tenants', 'list', '-o', 'json'))).toEqual(['acme', 'public']);
    expect(json(await run('tenants', 'get', 'acme', '-o', 'json'))).toEqual({
      tenant: 'acme',
      adminRoles: ['ops', 'dev'],
      createdAt: expect.any(Number),
    });
    expect((await run('tenants', 'get', 'acme')).stdout).toMatch(
      /^tenant: acme\nadminRoles: ops,dev\ncreatedAt: \d{4}-/,
    );

    expect(json(await run('tenants', 'create', 'temp', '-o', 'json'))).toMatchObject({
      tenant: 'temp',
      adminRoles: [],
    });
    expect(json(await run('tenants', 'delete', 'temp', '-o', 'json'))).toEqual({ tenant: 'temp', deleted: true });
  });

  it('namespaces create, list, set policies, show them, remove one and delete', async () => {
    expect((await run('namespaces', 'create', 'acme/prod')).stdout).toBe('created namespace acme/prod\n');
    expect(json(await run('namespaces', 'list', 'acme', '-o', 'json'))).toEqual(['acme/prod']);

    const sets: [string[], string][] = [
      [['set-retention', 'acme/prod', '--time', '3h', '--size', '10G'], 'retention'],
      [['set-message-ttl', 'acme/prod', '--ttl', '2d'], 'message-ttl'],
      [
        ['set-backlog-quota', 'acme/prod', '--limit', '1G', '--limit-time', '1h', '--policy', 'producer_exception'],
        'backlog-quota',
      ],
      [['set-max-message-size', 'acme/prod', '--size', '1M'], 'max-message-size'],
      [['set-deduplication', 'acme/prod', '--disable'], 'deduplication'],
      [['set-persistence', 'acme/prod', '-e', '1', '-w', '1', '-a', '1'], 'persistence'],
      [['set-max-producers', 'acme/prod', '--max', '4'], 'max-producers'],
      [['set-max-consumers', 'acme/prod', '--max', '8'], 'max-consumers'],
    ];
    for (const [args, name] of sets) {
      expect(await run('namespaces', ...args)).toEqual({
        code: 0,
        stdout: `updated ${name} of acme/prod\n`,
        stderr: '',
      });
    }

    const shown = json(await run('namespaces', 'policies', 'acme/prod', '-o', 'json'));
    const expected = {
      retention: { timeMinutes: 180, sizeMb: 10_240 },
      messageTtlSeconds: 172_800,
      backlogQuota: { limitBytes: 1024 ** 3, limitTimeSeconds: 3600, action: 'producer_exception' },
      maxMessageSize: 1024 * 1024,
      deduplication: false,
      persistence: { ensembleSize: 1, writeQuorum: 1, ackQuorum: 1 },
      maxProducersPerTopic: 4,
      maxConsumersPerTopic: 8,
    };
    expect(shown).toEqual({ namespace: 'acme/prod', effective: expected, own: expected });

    const removed = json(await run('namespaces', 'remove-policy', 'acme/prod', 'max-producers', '-o', 'json')) as {
      own: Record<string, unknown>;
      effective: { maxProducersPerTopic: number };
    };
    expect(removed.effective.maxProducersPerTopic).toBe(0);
    expect(Object.keys(removed.own)).not.toContain('maxProducersPerTopic');

    const text = (await run('namespaces', 'policies', 'acme/prod')).stdout;
    expect(text).toContain('retention: time=180m size=10240MB\n');
    expect(text).toContain('maxProducersPerTopic: 0 (default)\n');
    expect(text).toContain('deduplication: false\n');

    expect((await run('namespaces', 'delete', 'acme/prod')).stdout).toBe('deleted namespace acme/prod\n');
    expect(json(await run('namespaces', 'list', 'acme', '-o', 'json'))).toEqual([]);
  });

  it('topics list, create, delete and stats print JSON with -o json', async () => {
    await run('namespaces', 'create', 'acme/data');
    expect(json(await run('topics', 'create', 'acme/data/t', '-p', '2', '-o', 'json'))).toEqual({
      topic: 'acme/data/t',
      partitions: 2,
    });
    expect(json(await run('topics', 'list', 'acme/data', '-o', 'json'))).toEqual([
      { topic: 'acme/data/t', partitions: 2 },
    ]);
    expect(json(await run('topics', 'stats', 'acme/data/t', '-o', 'json'))).toMatchObject({
      topic: 'acme/data/t',
      partitions: 2,
    });
    expect(json(await run('topics', 'delete', 'acme/data/t', '-o', 'json'))).toEqual({
      topic: 'acme/data/t',
      deleted: true,
    });
    await run('namespaces', 'delete', 'acme/data');
  });

  describe('a Brook error exits with code 1 and prints "error: <CODE>: ..." on stderr, nothing on stdout', () => {
    it.each([
      ['a tenant that exists', ['tenants', 'create', 'public'], 'TENANT_ALREADY_EXISTS'],
      ['an unknown tenant', ['tenants', 'get', 'nobody'], 'TENANT_NOT_FOUND'],
      ['a tenant with namespaces', ['tenants', 'delete', 'public'], 'TENANT_NOT_EMPTY'],
      ['a namespace in an unknown tenant', ['namespaces', 'create', 'nobody/ns'], 'TENANT_NOT_FOUND'],
      ['an unknown namespace', ['namespaces', 'policies', 'public/none', '-o', 'json'], 'NAMESPACE_NOT_FOUND'],
      ['a topic in an unknown namespace', ['topics', 'create', 'public/none/t'], 'NAMESPACE_NOT_FOUND'],
      [
        'a quorum larger than the ensemble',
        ['namespaces', 'set-persistence', 'public/default', '-e', '1', '-w', '2'],
        'INVALID_ARGUMENT',
      ],
      ['a namespace name without a tenant', ['namespaces', 'create', 'lonely'], 'INVALID_ARGUMENT'],
      ['an unknown policy', ['namespaces', 'remove-policy', 'public/default', 'colour'], 'INVALID_ARGUMENT'],
      [
        'both --enable and --disable',
        ['namespaces', 'set-deduplication', 'public/default', '-e', '-d'],
        'INVALID_ARGUMENT',
      ],
    ])('%s', async (_, args, code) => {
      const result = await run(...args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^error: ${code}: .+`));
    });
  });

  describe('usage errors exit non-zero without calling the broker', () => {
    it.each([
      [['namespaces', 'set-retention', 'public/default', '--time', '3x']],
      [['namespaces', 'set-max-message-size', 'public/default']],
      [['namespaces', 'set-backlog-quota', 'public/default', '--policy', 'drop']],
      [['tenants', 'create']],
      [['tenants', 'list', '-o', 'yaml']],
    ])('%j', async (args) => {
      const result = await brook([...args, '-u', 'brook://127.0.0.1:1']);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: /);
    });
  });

  it.each([
    [['tenants']],
    [['tenants', 'create']],
    [['namespaces']],
    [['namespaces', 'set-retention']],
    [['namespaces', 'remove-policy']],
    [['topics', 'list']],
  ])('%j --help prints usage and exits with code 0', async (command) => {
    const result = await brook([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: brook${command.map((c) => ` ${c}`).join('')} `));
    expect(result.stdout).toMatch(/-o, --output <format>|Commands:/);
  });
});
