import { describe, expect, it } from 'vitest';
import { brook, useStandaloneCommand } from './harness/brookCommand.js';

const lines = (text: string) => text.split('\n').filter((line) => line.length > 0);

const TEXT_LINE = /^offset=(\d+) id=(\d+:\d+:\d+:-?\d+:\d+)(?: key=(".*?"))?(?: properties=(\{.*\}))? value=(".*")$/;

describe('the brook command, as a user runs it', () => {
  const { run } = useStandaloneCommand();

  it('produce -m hello -n 1000 sends 1000 messages and says so', async () => {
    const { code, stdout, stderr } = await run('produce', 'orders', '-m', 'hello', '-n', '1000');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1000 messages sent to orders in \d+ ms\n$/);
  });

  it('consume -n 1000 prints one line per message with offset, id and value, in offset order', async () => {
    const { code, stdout } = await run('consume', 'orders', '-s', 'audit', '-n', '1000');
    expect(code).toBe(0);
    const printed = lines(stdout).map((line) => {
      const match = TEXT_LINE.exec(line);
      if (!match) throw new Error(`unexpected line ${JSON.stringify(line)}`);
      return { offset: Number(match[1]), id: match[2] as string, value: JSON.parse(match[5] as string) as string };
    });
    expect(printed.map((m) => m.offset)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(new Set(printed.map((m) => m.value))).toEqual(new Set(['hello']));
    expect(new Set(printed.map((m) => m.id)).size).toBe(1000);
    expect(printed.filter((m) => !m.id.endsWith(`:${m.offset}`))).toEqual([]);
  });

  it('consume -o json prints each message as one JSON object with offset, id, key, properties and value', async () => {
    const { code, stdout } = await run('consume', 'orders', '-s', 'json-reader', '-n', '1000', '-o', 'json');
    expect(code).toBe(0);
    const printed = lines(stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(printed.map((m) => m.offset)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    for (const m of printed) {
      expect(m).toMatchObject({ key: null, properties: {}, value: 'hello' });
      expect(m.id).toMatch(new RegExp(`^\\d+:\\d+:\\d+:-1:${m.offset}$`));
    }
  });

  it('a key (-k) and properties (-P k=v) sent by produce show up in consume output, as text and as JSON', async () => {
    const sent = await run(
      'produce',
      'keyed',
      '-m',
      'first',
      '-m',
      'second',
      '-k',
      'customer-7',
      '-P',
      'region=eu',
      '-P',
      'tier=gold=1',
    );
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/^2 messages sent to keyed/);

    const text = await run('consume', 'keyed', '-s', 'text', '-n', '2');
    expect(lines(text.stdout)).toEqual([
      expect.stringMatching(
        /^offset=0 id=\S+ key="customer-7" properties=\{"region":"eu","tier":"gold=1"\} value="first"$/,
      ),
      expect.stringMatching(
        /^offset=1 id=\S+ key="customer-7" properties=\{"region":"eu","tier":"gold=1"\} value="second"$/,
      ),
    ]);

    const json = await run('consume', 'keyed', '-s', 'json', '-n', '2', '-o', 'json');
    expect(lines(json.stdout).map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        offset: 0,
        key: 'customer-7',
        properties: { region: 'eu', tier: 'gold=1' },
        value: 'first',
      }),
      expect.objectContaining({
        offset: 1,
        key: 'customer-7',
        properties: { region: 'eu', tier: 'gold=1' },
        value: 'second',
      }),
    ]);
  });

  it('topics create, list, stats and delete manage topics', async () => {
    const created = await run('topics', 'create', 't2', '--partitions', '3');
    expect([created.code, created.stdout]).toEqual([0, 'created t2\n']);

    const listed = await run('topics', 'list');
    expect(listed.code).toBe(0);
    expect(lines(listed.stdout)).toContain('public/default/t2 (3 partitions)');
    expect(lines(listed.stdout)).toContain('public/default/orders');

    const stats = await run('topics', 'stats', 'orders');
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.stdout) as {
      messageCount: number;
      subscriptions: { name: string; backlog: number }[];
    };
    expect(parsed.messageCount).toBe(1000);
    expect(parsed.subscriptions).toContainEqual(expect.objectContaining({ name: 'audit', backlog: 0 }));

    const deleted = await run('topics', 'delete', 't2');
    expect([deleted.code, deleted.stdout]).toEqual([0, 'deleted t2\n']);
    expect(lines((await run('topics', 'list')).stdout)).not.toContain('public/default/t2 (3 partitions)');
  });

  describe('errors exit with code 1 and print "error: <CODE>: ..." on stderr', () => {
    it.each([
      ['deleting an unknown topic', ['topics', 'delete', 'nope'], 'TOPIC_NOT_FOUND'],
      ['stats of an unknown topic', ['topics', 'stats', 'nope'], 'TOPIC_NOT_FOUND'],
      ['creating a topic that exists', ['topics', 'create', 'orders'], 'TOPIC_ALREADY_EXISTS'],
      ['producing to an invalid topic name', ['produce', 'a b', '-m', 'x'], 'INVALID_TOPIC_NAME'],
      ['consuming an invalid topic name', ['consume', '../x', '-s', 'sub', '-n', '1'], 'INVALID_TOPIC_NAME'],
    ])('%s', async (_, args, code) => {
      const result = await run(...args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^error: ${code}: .+`));
    });

    it('a missing required option exits with code 1 and names the option', async () => {
      const result = await run('consume', 'orders');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/--subscription/);
    });
  });

  it.each([[[]], [['standalone']], [['produce']], [['consume']], [['topics']], [['topics', 'create']]])(
    '%j --help prints usage and exits with code 0',
    async (command) => {
      const result = await brook([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: brook${command.map((c) => ` ${c}`).join('')} `));
    },
  );
});
