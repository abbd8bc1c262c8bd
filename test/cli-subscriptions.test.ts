import { beforeAll, describe, expect, it } from 'vitest';
import { brook, json, useStandaloneCommand } from './harness/brookCommand.js';

interface Move {
  backlog: number;
  positions: { topic: string; markDeleteOffset: number; backlog: number }[];
}

describe('brook subscriptions, as a script runs it', () => {
  const { run } = useStandaloneCommand();
  const topic = 'cli-subs';

  beforeAll(async () => {
    const produced = await run('produce', topic, '-m', 'hello', '-n', '20');
    expect(produced.code).toBe(0);
  });

  it('every verb has --help', async () => {
    for (const verb of ['list', 'create', 'delete', 'reset', 'skip', 'clear-backlog']) {
      const help = await brook(['subscriptions', verb, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: brook subscriptions ${verb}`);
    }
  });

  it('create, list, skip, reset (offset, time, message id), clear-backlog and delete, as text and JSON', async () => {
    expect(
      json<Move>(await run('subscriptions', 'create', topic, 'audit', '--position', 'earliest', '-o', 'json')),
    ).toEqual({
      backlog: 20,
      positions: [{ topic: `public/default/${topic}`, markDeleteOffset: 0, backlog: 20 }],
    });
    expect(await run('subscriptions', 'create', topic, 'tail')).toEqual({
      code: 0,
      stdout: `created subscription tail on ${topic}: backlog 0, mark-delete offset 20\n`,
      stderr: '',
    });
    expect(json(await run('subscriptions', 'list', topic, '-o', 'json'))).toEqual([
      {
        name: 'audit',
        type: 'Exclusive',
        durable: true,
        backlog: 20,
        consumerCount: 0,
        unackedCount: 0,
        markDeleteOffset: 0,
      },
      {
        name: 'tail',
        type: 'Exclusive',
        durable: true,
        backlog: 0,
        consumerCount: 0,
        unackedCount: 0,
        markDeleteOffset: 20,
      },
    ]);
    expect((await run('subscriptions', 'list', topic)).stdout).toBe(
      'audit type=Exclusive backlog=20 consumers=0 mark-delete=0\ntail type=Exclusive backlog=0 consumers=0 mark-delete=20\n',
    );

    expect((await run('subscriptions', 'skip', topic, 'audit', '5')).stdout).toBe(
      `skipped 5 messages of audit on ${topic}: backlog 15, mark-delete offset 5\n`,
    );
    expect(
      json<Move>(await run('subscriptions', 'reset', topic, 'audit', '--offset', '17', '-o', 'json')).backlog,
    ).toBe(3);
    const consumed = await run('consume', topic, '-s', 'audit', '-n', '3', '-o', 'json');
    expect(consumed.code).toBe(0);
    const lines = consumed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { offset: number; id: string });
    expect(lines.map((m) => m.offset)).toEqual([17, 18, 19]);

    expect(json<Move>(await run('subscriptions', 'reset', topic, 'audit', '--time', '1h', '-o', 'json')).backlog).toBe(
      20,
    );
    const id = (lines[0] as { id: string }).id;
    expect(
      json<Move>(await run('subscriptions', 'reset', topic, 'audit', '--message-id', id, '-o', 'json')).backlog,
    ).toBe(3);
    expect(json<Move>(await run('subscriptions', 'reset', topic, 'audit', '--earliest', '-o', 'json')).backlog).toBe(
      20,
    );
    expect((await run('subscriptions', 'clear-backlog', topic, 'audit')).stdout).toBe(
      `cleared the backlog of audit on ${topic}: backlog 0, mark-delete offset 20\n`,
    );

    expect(json(await run('subscriptions', 'delete', topic, 'audit', '-o', 'json'))).toEqual({
      topic,
      subscription: 'audit',
      deleted: true,
    });
    expect(await run('subscriptions', 'delete', topic, 'tail')).toEqual({
      code: 0,
      stdout: `deleted subscription tail of ${topic}\n`,
      stderr: '',
    });
    expect(json(await run('subscriptions', 'list', topic, '-o', 'json'))).toEqual([]);
  });

  it('exits 1 with the Brook error code on bad input, and changes nothing', async () => {
    await run('subscriptions', 'create', topic, 'keep', '--position', 'earliest');
    const failures = [
      [['subscriptions', 'create', topic, 'keep'], 'SUBSCRIPTION_ALREADY_EXISTS'],
      [['subscriptions', 'delete', topic, 'nobody'], 'SUBSCRIPTION_NOT_FOUND'],
      [['subscriptions', 'reset', topic, 'keep', '--offset', '1', '--earliest'], 'INVALID_ARGUMENT'],
      [['subscriptions', 'reset', topic, 'keep'], 'INVALID_ARGUMENT'],
      [['subscriptions', 'skip', 'cli-no-such-topic', 'keep', '1'], 'TOPIC_NOT_FOUND'],
    ] as const;
    for (const [args, code] of failures) {
      const failed = await run(...args);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(new RegExp(`^error: ${code}: `));
    }
    const bad = await run('subscriptions', 'reset', topic, 'keep', '--message-id', 'not-an-id');
    expect(bad.code).toBe(1);
    expect(json<{ name: string; backlog: number }[]>(await run('subscriptions', 'list', topic, '-o', 'json'))).toEqual([
      expect.objectContaining({ name: 'keep', backlog: 20 }),
    ]);
  });
});
