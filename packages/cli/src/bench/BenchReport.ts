import type { BatchingSettings, Workload } from './BenchOptions.js';
import type { LatencySummary } from './LatencyRecorder.js';

/**
 * The outcome of a run: exactly what `--json` prints (benchmark suites parse these names).
 * produce: rates and latency (send → durable receipt) of acknowledged sends; consume: rates of
 * received messages (latency publish → receive, null for a backlog read); e2e: produce rates,
 * consumeMsgPerSec, and latency from intended send to receipt by a consumer.
 */
export interface BenchResult {
  readonly tool: 'brook';
  readonly workload: Workload;
  readonly messageSize: number;
  readonly targetRate: number | null;
  readonly topics: number;
  readonly partitions: number;
  readonly producers: number;
  readonly consumers: number;
  readonly compression: string;
  readonly batching: BatchingSettings | null;
  readonly durationMs: number;
  readonly messages: number;
  readonly msgPerSec: number;
  readonly mbPerSec: number;
  readonly latencyMs: LatencySummary | null;
  readonly consumeMsgPerSec: number | null;
}

/** One side's counts over its measured window. */
export interface Throughput {
  readonly messages: number;
  readonly bytes: number;
  readonly windowMs: number;
}

/** msg/s (whole) and MB/s (10^6 bytes, two decimals) over a window; 0 for an empty window. */
export function rates({ messages, bytes, windowMs }: Throughput): { msgPerSec: number; mbPerSec: number } {
  if (windowMs <= 0) return { msgPerSec: 0, mbPerSec: 0 };
  return {
    msgPerSec: Math.round((messages * 1000) / windowMs),
    mbPerSec: round(bytes / 1000 / windowMs, 2),
  };
}

/** Latencies rounded to the microsecond they were recorded in. */
export function roundLatency(summary: LatencySummary | null): LatencySummary | null {
  if (!summary) return null;
  return {
    p50: round(summary.p50, 3),
    p95: round(summary.p95, 3),
    p99: round(summary.p99, 3),
    p999: round(summary.p999, 3),
    max: round(summary.max, 3),
  };
}

/** The report for people: settings, then one line per measure. */
export function formatReport(r: BenchResult): string {
  const lines = [`brook bench ${r.workload}: ${describeSetup(r)}`];
  lines.push(`duration    ${(r.durationMs / 1000).toFixed(2)} s`);
  const side = r.workload === 'consume' ? 'consumed' : 'produced';
  lines.push(`${side.padEnd(11)} ${n(r.messages)} messages   ${n(r.msgPerSec)} msg/s   ${r.mbPerSec.toFixed(2)} MB/s`);
  if (r.workload === 'e2e' && r.consumeMsgPerSec !== null) lines.push(`consumed    ${n(r.consumeMsgPerSec)} msg/s`);
  const l = r.latencyMs;
  const what = { produce: 'send to durable receipt', consume: 'publish to receive', e2e: 'end to end' }[r.workload];
  lines.push(
    l
      ? `latency ms  p50 ${ms(l.p50)}   p95 ${ms(l.p95)}   p99 ${ms(l.p99)}   p99.9 ${ms(l.p999)}   max ${ms(l.max)}   (${what})`
      : 'latency ms  -',
  );
  return `${lines.join('\n')}\n`;
}

function describeSetup(r: BenchResult): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [
    `${plural(r.topics, 'topic')} × ${plural(r.partitions, 'partition')}`,
    r.producers > 0 ? `${plural(r.producers, 'producer')} per topic` : '',
    r.consumers > 0 ? `${plural(r.consumers, 'consumer')} per topic` : '',
    `${r.messageSize} B messages`,
    r.targetRate === null ? 'max rate' : `target ${n(r.targetRate)} msg/s`,
    r.batching
      ? `batching ${r.batching.maxMessages} msg / ${r.batching.maxBytes} B / ${r.batching.maxDelayMs} ms`
      : 'no batching',
    `compression ${r.compression}`,
  ];
  return parts.filter((p) => p.length > 0).join(', ');
}

/** What the live progress line shows, for the last second. */
export interface Progress {
  /** produce, consume, e2e, or backlog while consume fills its backlog. */
  readonly phase: string;
  readonly elapsedSeconds: number;
  readonly warmingUp: boolean;
  readonly produced?: { readonly msgPerSec: number; readonly mbPerSec: number };
  readonly consumed?: { readonly msgPerSec: number; readonly mbPerSec: number };
  /** p99 of the measured window so far, in ms. */
  readonly p99Ms: number | undefined;
}

export function formatProgress(p: Progress): string {
  const parts = [`[${p.phase} ${p.elapsedSeconds.toFixed(0)}s${p.warmingUp ? ' warm-up' : ''}]`];
  if (p.produced) parts.push(`produce ${n(p.produced.msgPerSec)} msg/s ${p.produced.mbPerSec.toFixed(1)} MB/s`);
  if (p.consumed) parts.push(`consume ${n(p.consumed.msgPerSec)} msg/s ${p.consumed.mbPerSec.toFixed(1)} MB/s`);
  parts.push(`p99 ${p.p99Ms === undefined ? '-' : `${ms(p.p99Ms)} ms`}`);
  return parts.join('  ');
}

function n(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function ms(value: number): string {
  return value.toFixed(3);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
