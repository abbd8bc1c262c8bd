// Starts each system the suite measures, on free loopback ports in temp dirs, and says how durable an
// acknowledged message is on it. Each returns { url, pid (the process that serves clients), dirs, stop }.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brookReady, freePort, lineContains, removeDir, startServer, tempDir } from './processes.js';

/** The `brook` command as installed: its shebang carries the Node flags Brook's processes run with. */
export const BROOK = fileURLToPath(new URL('../../packages/cli/bin/brook.js', import.meta.url));

export const DURABILITY = {
  'brook-standalone': 'one copy; the bookie fdatasyncs its journal before every acknowledgement (group commit)',
  'brook-cluster':
    'each entry on Qw=2 of E=3 bookies (separate processes), acknowledged once Qa=2 of them fdatasynced their journals',
  nats: 'JetStream file storage, 1 replica: acknowledged once written to the OS page cache; no fsync per message (the file store syncs in the background)',
  'redis-always':
    'Redis Streams, AOF appendfsync always: the AOF is fsynced before replies go out (once per event-loop pass, so pipelined writes share an fsync); one copy',
  'redis-everysec':
    'Redis Streams, AOF appendfsync everysec: written to the OS before the reply, fsynced once a second, so up to ~1 s of acknowledged writes can be lost on a power failure or OS crash; one copy',
};

/** Whether a program is on PATH (the peers are optional). */
export function installed(program) {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function versionOf(program, flag = '--version') {
  try {
    return execFileSync(program, [flag], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .split('\n')[0]
      .trim();
  } catch {
    return undefined;
  }
}

/** `brook standalone`: metadata store, bookie and broker in one process (E = Qw = Qa = 1). */
export async function startBrookStandalone() {
  const dir = await tempDir('brook-bench-standalone-');
  const server = await startServer({
    name: 'brook standalone',
    command: BROOK,
    args: ['standalone', '--data-dir', dir, '--port', '0', '--http-port', '0'],
    isReady: brookReady('brook standalone is ready'),
  });
  return {
    url: server.ready.url,
    pid: server.pid,
    stop: async () => {
      await server.stop();
      await removeDir(dir);
    },
  };
}

/**
 * etcd, 3 bookies and 1 broker, each its own process, as `brook dev-cluster` lays them out; new ledgers
 * use E=3, Qw=2, Qa=2. Bookies fsync their journals before acknowledging (always on).
 */
export async function startBrookCluster() {
  const dir = await tempDir('brook-bench-cluster-');
  const servers = [];
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    await removeDir(dir);
  };
  try {
    const etcdPort = await freePort();
    const peerPort = await freePort();
    servers.push(
      await startServer({
        name: 'etcd',
        command: 'etcd',
        args: [
          '--name=bench',
          `--data-dir=${join(dir, 'etcd')}`,
          `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
          `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
          `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
          `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
          `--initial-cluster=bench=http://127.0.0.1:${peerPort}`,
        ],
        // etcd reads ETCD_* variables as flags; keep the environment's out.
        env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ETCD_'))),
        isReady: lineContains('ready to serve client requests'),
      }),
    );
    const metadataUrl = `etcd://127.0.0.1:${etcdPort}`;
    await writeFile(join(dir, 'bookie.json'), JSON.stringify({}));
    await writeFile(
      join(dir, 'broker.json'),
      JSON.stringify({ broker: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 } }),
    );
    const bookies = await Promise.all(
      [0, 1, 2].map((i) =>
        startServer({
          name: `bookie-${i}`,
          command: BROOK,
          args: [
            'bookie',
            '--config',
            join(dir, 'bookie.json'),
            '--data-dir',
            join(dir, `bookie-${i}`),
            '--metadata-url',
            metadataUrl,
            '--port',
            '0',
            '--http-port',
            '0',
            '--advertised-address',
            '127.0.0.1',
          ],
          isReady: brookReady('brook bookie is ready'),
        }),
      ),
    );
    servers.push(...bookies);
    const broker = await startServer({
      name: 'broker',
      command: BROOK,
      args: [
        'broker',
        '--config',
        join(dir, 'broker.json'),
        '--metadata-url',
        metadataUrl,
        '--port',
        '0',
        '--http-port',
        '0',
      ],
      isReady: brookReady('brook broker is ready'),
    });
    servers.push(broker);
    return { url: broker.ready.url, pid: broker.pid, pids: servers.map((s) => ({ name: s.name, pid: s.pid })), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** nats-server with JetStream on file storage in a temp dir. */
export async function startNats() {
  const dir = await tempDir('brook-bench-nats-');
  const port = await freePort();
  const server = await startServer({
    name: 'nats-server',
    command: 'nats-server',
    args: ['-js', '-sd', dir, '-a', '127.0.0.1', '-p', String(port)],
    isReady: lineContains('Server is ready'),
  });
  return {
    url: `nats://127.0.0.1:${port}`,
    pid: server.pid,
    stop: async () => {
      await server.stop();
      await removeDir(dir);
    },
  };
}

/** redis-server with the append-only file on, fsync `always` or `everysec`, no RDB snapshots. */
export async function startRedis(fsync) {
  const dir = await tempDir(`brook-bench-redis-${fsync}-`);
  const port = await freePort();
  const server = await startServer({
    name: `redis-server (${fsync})`,
    command: 'redis-server',
    args: [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      fsync,
      '--save',
      '',
      '--daemonize',
      'no',
    ],
    isReady: lineContains('Ready to accept connections'),
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: server.pid,
    stop: async () => {
      await server.stop();
      await removeDir(dir);
    },
  };
}
