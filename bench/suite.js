// The standard benchmark (`npm run bench`): the same workloads against Brook standalone, a 3-bookie
// Brook cluster, NATS JetStream and Redis Streams (AOF always and everysec), one system at a time on
// this machine; prints one table and writes bench/results/<YYYY-MM-DD>.json.
//   node bench/suite.js [--quick] [--only brook-standalone,brook-cluster,nats,redis-always,redis-everysec]
// Every system is started fresh for every workload (free ports, temp dirs) and stopped after it.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './lib/machine.js';
import { cleanup, cleanupOnSignals, residentBytes, runJson } from './lib/processes.js';
import {
  BROOK,
  DURABILITY,
  installed,
  startBrookCluster,
  startBrookStandalone,
  startNats,
  startRedis,
} from './lib/servers.js';
import { COLUMNS, renderTable } from './lib/table.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const PEER = (file) => fileURLToPath(new URL(`./peers/${file}`, import.meta.url));

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

/**
 * Seconds per throughput or latency point and of the unmeasured warm-up before it, catch-up
 * backlog, idle topics of the memory scenario, pause before a latency point.
 */
const options = values.quick
  ? { seconds: 3, warmupSeconds: 1, backlog: 100_000, idleTopics: 1_000, idleSeconds: 2, settleSeconds: 0 }
  : { seconds: 10, warmupSeconds: 5, backlog: 1_000_000, idleTopics: 10_000, idleSeconds: 5, settleSeconds: 15 };

const brookRunner = (url, args) => [BROOK, ['bench', ...args, '-u', url, '--json']];
const peerRunner = (file) => (url, args) => [process.execPath, [PEER(file), ...args, '-u', url, '--json']];

const SYSTEMS = [
  {
    name: 'brook-standalone',
    needs: brookBenchMissing,
    start: startBrookStandalone,
    runner: brookRunner,
    memory: true,
  },
  {
    name: 'brook-cluster',
    needs: () =>
      brookBenchMissing() ?? (installed('etcd') ? undefined : 'etcd is not installed: run bench/install-peers.sh'),
    start: startBrookCluster,
    runner: brookRunner,
  },
  { name: 'nats', needs: peerMissing('nats-server'), start: startNats, runner: peerRunner('nats.js') },
  {
    name: 'redis-always',
    needs: peerMissing('redis-server'),
    start: () => startRedis('always'),
    runner: peerRunner('redis.js'),
  },
  {
    name: 'redis-everysec',
    needs: peerMissing('redis-server'),
    start: () => startRedis('everysec'),
    runner: peerRunner('redis.js'),
  },
];

const s = String(options.seconds);
const w = String(options.warmupSeconds);
/**
 * Latency first: on a virtual disk the host goes on writing out a heavy workload's bytes after the
 * guest sees no I/O of its own, and synchronized writes stay slow meanwhile (an e2e run right after
 * Brook's 1 KB produce measured p99 31-40 ms, 10-11 ms after a pause). So the e2e runs come before
 * the heavy ones, and the first waits `settleSeconds` for the previous system's workloads to drain.
 * Every produce and e2e point first runs `warmupSeconds` unmeasured, as the OpenMessaging Benchmark
 * does: the first seconds measure JIT compilation and connection set-up in the clients (and in
 * servers written in JavaScript), not the steady state.
 */
const WORKLOADS = [
  { key: 'e2e-5k', args: ['e2e', '--size', '1024', '--rate', '5000', '--duration', s, '--warmup', w], settle: true },
  { key: 'e2e-50k', args: ['e2e', '--size', '1024', '--rate', '50000', '--duration', s, '--warmup', w] },
  { key: 'produce-100', args: ['produce', '--size', '100', '--rate', '0', '--duration', s, '--warmup', w] },
  { key: 'produce-1k', args: ['produce', '--size', '1024', '--rate', '0', '--duration', s, '--warmup', w] },
  { key: 'catchup', args: ['consume', '--size', '100', '--backlog', String(options.backlog)] },
];

function peerMissing(program) {
  return () => (installed(program) ? undefined : `${program} is not installed: run bench/install-peers.sh`);
}

/** Why the Brook columns are skipped (`brook bench` not built yet), or undefined; set by checkBrookBench. */
let brookBenchAbsent;
function brookBenchMissing() {
  return brookBenchAbsent;
}

function checkBrookBench() {
  const help = spawnSync(BROOK, ['bench', '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || !help.stdout.includes('produce'))
    brookBenchAbsent = 'the `brook bench` command is not in packages/cli/dist yet (npm run build)';
}

async function runSystem(system) {
  const entry = { durability: DURABILITY[system.name], results: {}, errors: {} };
  for (const workload of WORKLOADS) {
    log(`\n${system.name}: ${workload.args.join(' ')}`);
    if (workload.settle) await sleep(options.settleSeconds * 1000);
    let server;
    try {
      server = await system.start();
      const [command, args] = system.runner(server.url, workload.args);
      const seconds = workload.key === 'catchup' ? 1800 : options.seconds + 180;
      entry.results[workload.key] = await runJson({
        name: `${system.name} ${workload.key}`,
        command,
        args,
        timeoutMs: seconds * 1000,
        onStderr: (line) => log(`  ${line}`),
      });
      if (server.pid)
        entry.results[workload.key].serverRssBytes = await residentBytes(server.pid).catch(() => undefined);
    } catch (error) {
      entry.errors[workload.key] = String(error.message ?? error);
      log(`  failed: ${entry.errors[workload.key]}`);
    } finally {
      await server?.stop();
    }
  }
  if (system.memory) {
    try {
      entry.results.memory = await idleTopics(system);
    } catch (error) {
      entry.errors.memory = String(error.message ?? error);
      log(`  failed: ${entry.errors.memory}`);
    }
  }
  return entry;
}

/** A fresh broker, `idleTopics` topics loaded with one message each, then idle: its RSS. */
async function idleTopics(system) {
  log(`\n${system.name}: memory with ${options.idleTopics.toLocaleString('en-US')} idle topics`);
  const server = await system.start();
  try {
    const rssEmptyBytes = await residentBytes(server.pid);
    const loaded = await runJson({
      name: 'idle topics',
      command: process.execPath,
      args: [
        fileURLToPath(new URL('./memory.js', import.meta.url)),
        '-u',
        server.url,
        '--topics',
        String(options.idleTopics),
      ],
      timeoutMs: 1_800_000,
      onStderr: (line) => log(`  ${line}`),
    });
    // Idle on purpose: what the broker keeps per loaded topic once nothing is happening.
    await new Promise((resolve) => setTimeout(resolve, options.idleSeconds * 1000));
    const rssBytes = await residentBytes(server.pid);
    log(`  RSS ${mb(rssEmptyBytes)} MB empty → ${mb(rssBytes)} MB with ${loaded.topics} topics`);
    return {
      topics: loaded.topics,
      loadMs: loaded.elapsedMs,
      idleSeconds: options.idleSeconds,
      rssEmptyBytes,
      rssBytes,
    };
  } finally {
    await server.stop();
  }
}

const mb = (bytes) => Math.round(bytes / 1e6);

function log(line) {
  process.stderr.write(`${line}\n`);
}

function selected() {
  if (!values.only) return SYSTEMS;
  const wanted = values.only.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !SYSTEMS.some((system) => system.name === name));
  if (unknown.length > 0) {
    log(`unknown system ${unknown.join(', ')}; choose from ${SYSTEMS.map((system) => system.name).join(', ')}`);
    process.exit(2);
  }
  return SYSTEMS.filter((system) => wanted.includes(system.name));
}

cleanupOnSignals();
const started = new Date();
const systems = {};
try {
  checkBrookBench();
  for (const system of selected()) {
    const missing = system.needs();
    if (missing) {
      log(`\n${system.name}: skipped (${missing})`);
      systems[system.name] = { durability: DURABILITY[system.name], skipped: missing, results: {} };
      continue;
    }
    systems[system.name] = await runSystem(system);
  }
} finally {
  await cleanup();
}

const { lines, data } = renderTable(systems, options);
const failures = Object.entries(systems).flatMap(([name, entry]) =>
  Object.entries(entry.errors ?? {}).map(([key, message]) => `${name} ${key} failed: ${message.split('\n')[0]}`),
);
const durability = COLUMNS.filter(([name]) => systems[name]).map(([name, label]) => `- ${label}: ${DURABILITY[name]}`);
process.stdout.write(
  `\n${[...lines, '', ...failures, ...(failures.length ? [''] : []), 'Durability:', ...durability].join('\n')}\n`,
);

const machine = machineInfo();
const report = {
  date: started.toISOString(),
  elapsedSeconds: Math.round((Date.now() - started.getTime()) / 1000),
  quick: values.quick,
  options,
  machine,
  systems,
  table: data,
};
await mkdir(RESULTS_DIR, { recursive: true });
// A partial or quick run never replaces the day's full results.
const suffix = `${values.quick ? '-quick' : ''}${values.only ? `-only-${Object.keys(systems).join('-')}` : ''}`;
const file = `${RESULTS_DIR}${started.toISOString().slice(0, 10)}${suffix}.json`;
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
log(
  `\n${machine.cpuModel}, ${machine.cores} cores, ${mb(machine.memoryBytes)} MB, node ${machine.node}; took ${report.elapsedSeconds} s`,
);
log(`results: ${file}`);
