// The one table the suite prints: a row per measurement, a column per system, then Brook's ratio to
// each peer (standalone · cluster). Ratios say how many times better Brook is: throughput Brook ÷ peer,
// latency and memory peer ÷ Brook. Markdown, so it pastes into docs/performance.md as is.

export const COLUMNS = [
  ['brook-standalone', 'Brook standalone'],
  ['brook-cluster', 'Brook cluster'],
  ['nats', 'NATS JetStream'],
  ['redis-always', 'Redis always'],
  ['redis-everysec', 'Redis everysec'],
];
const PEERS = ['nats', 'redis-always', 'redis-everysec'];

/** A short e2e run that could not hold its rate is marked with the rate it reached. */
const HELD_RATE = 0.95;

/** How each row reads its number from a system's results; `better` orients Brook's ratio (none: no ratio). */
function rows(options) {
  const throughput = (key) => (r) => r[key]?.msgPerSec;
  const latency = (key, p) => (r) => r[key]?.latencyMs?.[p];
  const backlog = options.backlog.toLocaleString('en-US');
  return [
    { label: 'produce 100 B, max rate (msg/s)', value: throughput('produce-100'), better: 'higher' },
    { label: 'produce 1 KB, max rate (msg/s)', value: throughput('produce-1k'), better: 'higher' },
    { label: 'produce 1 KB, max rate (MB/s)', value: (r) => r['produce-1k']?.mbPerSec, better: 'higher' },
    { label: 'e2e 1 KB @ 5,000 msg/s: p50 (ms)', value: latency('e2e-5k', 'p50'), rate: 'e2e-5k', better: 'lower' },
    { label: 'e2e 1 KB @ 5,000 msg/s: p99 (ms)', value: latency('e2e-5k', 'p99'), rate: 'e2e-5k', better: 'lower' },
    { label: 'e2e 1 KB @ 50,000 msg/s: p50 (ms)', value: latency('e2e-50k', 'p50'), rate: 'e2e-50k', better: 'lower' },
    { label: 'e2e 1 KB @ 50,000 msg/s: p99 (ms)', value: latency('e2e-50k', 'p99'), rate: 'e2e-50k', better: 'lower' },
    {
      label: `catch-up read, ${backlog} × 100 B backlog (msg/s)`,
      value: (r) => r.catchup?.consumeMsgPerSec ?? r.catchup?.msgPerSec,
      better: 'higher',
    },
    {
      label: 'catch-up ÷ produce 100 B',
      value: (r) => ratio(r.catchup?.consumeMsgPerSec ?? r.catchup?.msgPerSec, r['produce-100']?.msgPerSec),
    },
    {
      label: `${options.idleTopics.toLocaleString('en-US')} idle topics: broker RSS (MB)`,
      value: (r) => (r.memory?.rssBytes === undefined ? undefined : r.memory.rssBytes / 1e6),
      better: 'lower',
    },
  ];
}

/**
 * `systems`: name → { results: { workloadKey: json }, skipped?: string }. Returns the table's lines
 * (Markdown) and the same numbers as data for the results file.
 */
export function renderTable(systems, options) {
  const present = COLUMNS.filter(([name]) => systems[name]);
  const brookMeasured = ['brook-standalone', 'brook-cluster'].some((name) => systems[name] && !systems[name].skipped);
  const peers = brookMeasured ? PEERS.filter((name) => systems[name] && !systems[name].skipped) : [];
  const header = ['workload', ...present.map(([, label]) => label), ...peers.map((p) => `Brook ÷ ${labelOf(p)}`)];
  const lines = [row(header), row(header.map((_, i) => (i === 0 ? '---' : '---:')))];
  const data = [];
  for (const spec of rows(options)) {
    const values = Object.fromEntries(present.map(([name]) => [name, spec.value(systems[name].results ?? {})]));
    const cells = present.map(([name]) => cell(values[name], shortfall(systems[name].results ?? {}, spec.rate)));
    const ratios = peers.map((peer) =>
      !spec.better
        ? ''
        : ['brook-standalone', 'brook-cluster']
            .filter((brook) => systems[brook] && !systems[brook].skipped)
            .map((brook) => times(advantage(values[brook], values[peer], spec.better)))
            .join(' · '),
    );
    lines.push(row([spec.label, ...cells, ...ratios]));
    data.push({ workload: spec.label, ...values });
  }
  for (const [name, label] of present)
    if (systems[name].skipped) lines.push('', `${label}: skipped (${systems[name].skipped})`);
  return { lines, data };
}

function labelOf(name) {
  return COLUMNS.find(([n]) => n === name)[1];
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function ratio(a, b) {
  return a === undefined || a === null || !b ? undefined : a / b;
}

/** Brook's advantage: >1 means Brook is better on this row. */
function advantage(brook, peer, better) {
  return better === 'higher' ? ratio(brook, peer) : ratio(peer, brook);
}

function times(value) {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return `${value < 0.1 ? value.toPrecision(2) : value.toFixed(value < 10 ? 2 : 1)}×`;
}

/** "(held 17,680/s)" when an e2e run delivered less than 95% of its target rate. */
function shortfall(results, key) {
  const run = key && results[key];
  if (!run?.targetRate) return '';
  const reached = run.consumeMsgPerSec ?? run.msgPerSec;
  return reached < run.targetRate * HELD_RATE ? ` (held ${Math.round(reached).toLocaleString('en-US')}/s)` : '';
}

function cell(value, note) {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  const text =
    value >= 100 ? Math.round(value).toLocaleString('en-US') : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  return `${text}${note}`;
}
