// The three workloads of `brook bench`, written once against a small driver interface so every peer
// runs exactly the same loop:
//   driver.open(url, topic) → { sendBatch(payloads): Promise, startConsumer(onPayload): Promise<{ stop }>, close() }
// sendBatch resolves once the system acknowledged every payload of the batch (durably, as far as it
// promises); startConsumer reads the topic from its beginning and acknowledges what it read.
import hdr from 'hdr-histogram-js';

/** Messages handed to the driver in one call, and the most that may be unacknowledged at once. */
const BATCH = 100;
const WINDOW = 10_000;

/** A latency histogram in microseconds (1 µs … auto-resized), 3 significant digits. */
export function latencyHistogram() {
  return hdr.build({ lowestDiscernibleValue: 1, numberOfSignificantValueDigits: 3 });
}

export function latencySummary(histogram) {
  if (histogram.totalCount === 0) return null;
  const ms = (micros) => Math.round(micros) / 1000;
  return {
    p50: ms(histogram.getValueAtPercentile(50)),
    p95: ms(histogram.getValueAtPercentile(95)),
    p99: ms(histogram.getValueAtPercentile(99)),
    p999: ms(histogram.getValueAtPercentile(99.9)),
    max: ms(histogram.maxValue),
  };
}

/** Live counters, read by the progress line once a second. */
export class Progress {
  acked = 0;
  received = 0;
  histogram = latencyHistogram();

  /** Prints `label: N msg/s, X MB/s, p99 Y ms` to stderr every second until the returned stop is called. */
  report(label, size) {
    let last = { at: performance.now(), acked: 0, received: 0 };
    const timer = setInterval(() => {
      const now = performance.now();
      const seconds = (now - last.at) / 1000;
      const produced = (this.acked - last.acked) / seconds;
      const consumed = (this.received - last.received) / seconds;
      const rate = Math.max(produced, consumed);
      const p99 = this.histogram.totalCount
        ? `, p99 ${(this.histogram.getValueAtPercentile(99) / 1000).toFixed(2)} ms`
        : '';
      const parts = [
        produced > 0 ? `produce ${fmt(produced)} msg/s` : '',
        consumed > 0 ? `consume ${fmt(consumed)} msg/s` : '',
      ];
      process.stderr.write(
        `${label}: ${parts.filter(Boolean).join(', ') || 'idle'}, ${((rate * size) / 1e6).toFixed(1)} MB/s${p99}\n`,
      );
      last = { at: now, acked: this.acked, received: this.received };
    }, 1000);
    return () => clearInterval(timer);
  }
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');

/**
 * Sends at `rate` msg/s (0 = as fast as the window allows) for `warmupMs` + `durationMs`, or
 * `messages` in all. At a fixed rate, as `brook bench`, the run ends with the last message intended
 * in that time, however late it goes out (so a system that falls behind still gets every measured
 * message); at max rate, when the time is up. Only messages whose intended send time is at or
 * after `start` + `warmupMs` are measured: counted in `measured` and, at their acknowledgement, in
 * `histogram` — from their intended send time when paced (so a stall counts against every message
 * that should have gone out meanwhile) or their actual send time at max rate. With `stamped`, each
 * payload carries its intended send time (float64, performance.now() ms) in its first 8 bytes for an
 * end-to-end measurement.
 */
export async function produceLoop(
  session,
  { size, rate, durationMs, warmupMs = 0, messages, stamped, progress, histogram, start = performance.now() },
) {
  const limit = messages ?? Number.POSITIVE_INFINITY;
  const until = messages === undefined ? warmupMs + durationMs : Number.POSITIVE_INFINITY;
  const from = start + warmupMs;
  const intervalMs = rate > 0 ? 1000 / rate : 0;
  const scheduled = rate > 0 ? Math.ceil((until * rate) / 1000) : Number.POSITIVE_INFINITY;
  const base = Buffer.alloc(Math.max(size, stamped ? 8 : 0), 0x61);
  let sent = 0;
  let measured = 0;
  let inFlight = 0;
  let lastAckAt = 0;
  let failure;
  let wake;
  const ackArrived = () => new Promise((resolve) => (wake = resolve));

  while (sent < limit && failure === undefined) {
    const now = performance.now();
    if (rate > 0 ? sent >= scheduled : now - start >= until) break;
    if (inFlight >= WINDOW) {
      await ackArrived();
      continue;
    }
    let due = BATCH;
    if (rate > 0) {
      due = Math.min(Math.floor((now - start) / intervalMs) + 1, scheduled) - sent;
      if (due <= 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, start + sent * intervalMs - now)));
        continue;
      }
    }
    const count = Math.min(due, BATCH, WINDOW - inFlight, limit - sent);
    const payloads = new Array(count);
    const times = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      times[i] = rate > 0 ? start + (sent + i) * intervalMs : now;
      if (stamped) {
        const payload = Buffer.allocUnsafe(base.length);
        base.copy(payload);
        payload.writeDoubleLE(times[i], 0);
        payloads[i] = payload;
      } else payloads[i] = base;
    }
    sent += count;
    inFlight += count;
    session.sendBatch(payloads).then(
      () => {
        lastAckAt = performance.now();
        for (const t of times) {
          if (t < from) continue;
          measured++;
          histogram?.recordValue(Math.max(1, Math.round((lastAckAt - t) * 1000)));
        }
        inFlight -= count;
        progress.acked += count;
        wake?.();
      },
      (error) => {
        failure = error;
        wake?.();
      },
    );
    // Let acknowledgements and timers run between batches.
    if (rate === 0) await new Promise(setImmediate);
  }
  while (inFlight > 0 && failure === undefined) await ackArrived();
  if (failure !== undefined) throw failure;
  return { sent, measured, elapsedMs: (lastAckAt || performance.now()) - from, from };
}

/** The intended send time a stamped payload carries (any Uint8Array: clients differ). */
function sendTimeOf(payload) {
  return new DataView(payload.buffer, payload.byteOffset, 8).getFloat64(0, true);
}

/** Runs one workload; returns the fields of the result JSON that depend on the run. */
export async function runWorkload(driver, url, workload, options) {
  const topic = `${options.topic}-${workload}-${Date.now().toString(36)}`;
  const session = await driver.open(url, topic);
  const progress = new Progress();
  const stopProgress = progress.report(`${driver.tool} ${workload}`, options.size);
  try {
    if (workload === 'produce') return await producePhase(session, options, progress);
    if (workload === 'e2e') return await endToEnd(session, options, progress);
    if (workload === 'consume') return await catchUp(session, options, progress);
    throw new Error(`unknown workload ${workload}: produce, consume or e2e`);
  } finally {
    stopProgress();
    await session.close();
  }
}

async function producePhase(session, options, progress) {
  const run = await produceLoop(session, { ...options, progress, histogram: progress.histogram });
  return result(options, run.elapsedMs, run.measured, progress.histogram, null);
}

async function endToEnd(session, options, progress) {
  let lastReceivedAt = 0;
  let measuredReceived = 0;
  let expected = Number.POSITIVE_INFINITY;
  let allReceived;
  const done = new Promise((resolve) => (allReceived = resolve));
  let from = Number.POSITIVE_INFINITY;
  const consumer = await session.startConsumer((payload) => {
    lastReceivedAt = performance.now();
    const sentAt = sendTimeOf(payload);
    if (sentAt >= from) {
      measuredReceived++;
      progress.histogram.recordValue(Math.max(1, Math.round((lastReceivedAt - sentAt) * 1000)));
    }
    if (++progress.received >= expected) allReceived();
  });
  try {
    const start = performance.now();
    from = start + options.warmupMs;
    const run = await produceLoop(session, { ...options, start, stamped: true, progress });
    expected = run.sent;
    if (progress.received >= expected) allReceived();
    const timeout = new Promise((_, reject) =>
      setTimeout(
        () => reject(new Error(`e2e: ${progress.received} of ${expected} messages arrived within 60 s`)),
        60_000,
      ).unref(),
    );
    await Promise.race([done, timeout]);
    const consumeMs = lastReceivedAt - run.from;
    return result(options, run.elapsedMs, run.measured, progress.histogram, (measuredReceived / consumeMs) * 1000);
  } finally {
    await consumer.stop();
  }
}

/** Fills a backlog at max rate (not measured), then measures reading all of it from the start. */
async function catchUp(session, options, progress) {
  const backlog = options.backlog;
  process.stderr.write(`filling a backlog of ${fmt(backlog)} messages of ${options.size} B…\n`);
  const fill = await produceLoop(session, { ...options, rate: 0, warmupMs: 0, messages: backlog, progress });
  process.stderr.write(`backlog filled in ${(fill.elapsedMs / 1000).toFixed(1)} s; reading it back\n`);
  let allRead;
  const done = new Promise((resolve) => (allRead = resolve));
  const start = performance.now();
  let lastAt = start;
  const consumer = await session.startConsumer(() => {
    lastAt = performance.now();
    if (++progress.received === backlog) allRead();
  });
  try {
    await done;
  } finally {
    await consumer.stop();
  }
  const elapsedMs = lastAt - start;
  const rate = (backlog / elapsedMs) * 1000;
  return result(options, elapsedMs, backlog, null, rate);
}

function result(options, elapsedMs, messages, histogram, consumeMsgPerSec) {
  const msgPerSec = (messages / elapsedMs) * 1000;
  return {
    durationMs: Math.round(elapsedMs),
    messages,
    msgPerSec: Math.round(msgPerSec),
    mbPerSec: Math.round((msgPerSec * options.size) / 1e4) / 100,
    latencyMs: histogram ? latencySummary(histogram) : null,
    consumeMsgPerSec: consumeMsgPerSec === null ? null : Math.round(consumeMsgPerSec),
  };
}
