import { describe, expect, it } from 'vitest';
import { type BenchResult, formatProgress, formatReport, rates, roundLatency } from './BenchReport.js';
import { LatencyRecorder } from './LatencyRecorder.js';

describe('LatencyRecorder', () => {
  it('reads percentiles back in ms from microsecond recordings', () => {
    const recorder = new LatencyRecorder();
    for (let ms = 1; ms <= 1000; ms++) recorder.recordMs(ms);
    const summary = recorder.summary();
    expect(summary?.p50).toBeCloseTo(500, -1);
    expect(summary?.p95).toBeCloseTo(950, -1);
    expect(summary?.p99).toBeCloseTo(990, -1);
    expect(summary?.p999).toBeCloseTo(999, -1);
    expect(summary?.max).toBeCloseTo(1000, -1);
    const s = summary as NonNullable<typeof summary>;
    expect(s.p50 <= s.p95 && s.p95 <= s.p99 && s.p99 <= s.p999 && s.p999 <= s.max).toBe(true);
  });

  it('keeps microseconds of a small latency', () => {
    const recorder = new LatencyRecorder();
    recorder.recordMs(1.234);
    expect(recorder.summary()?.max).toBeCloseTo(1.234, 3);
  });

  it('records a negative latency (a clock step) as 0 and grows past its initial range', () => {
    const recorder = new LatencyRecorder();
    recorder.recordMs(-3);
    recorder.recordMs(120_000);
    expect(recorder.percentileMs(50)).toBe(0);
    expect(recorder.summary()?.max).toBeGreaterThanOrEqual(119_900);
  });

  it('has no summary before the first value', () => {
    const recorder = new LatencyRecorder();
    expect(recorder.summary()).toBeNull();
    expect(recorder.percentileMs(99)).toBeUndefined();
  });
});

describe('bench report', () => {
  it('rates are msg/s and MB/s (10^6 bytes) over the window', () => {
    expect(rates({ messages: 50_000, bytes: 51_200_000, windowMs: 2000 })).toEqual({
      msgPerSec: 25_000,
      mbPerSec: 25.6,
    });
    expect(rates({ messages: 0, bytes: 0, windowMs: 0 })).toEqual({ msgPerSec: 0, mbPerSec: 0 });
  });

  it('rounds latencies to the microsecond', () => {
    expect(roundLatency({ p50: 1.23456, p95: 2.0004, p99: 3, p999: 4.5, max: 5.0009 })).toEqual({
      p50: 1.235,
      p95: 2,
      p99: 3,
      p999: 4.5,
      max: 5.001,
    });
    expect(roundLatency(null)).toBeNull();
  });

  const result: BenchResult = {
    tool: 'brook',
    workload: 'e2e',
    messageSize: 1024,
    targetRate: 5000,
    topics: 1,
    partitions: 4,
    producers: 1,
    consumers: 2,
    compression: 'lz4',
    batching: { maxMessages: 1000, maxBytes: 131072, maxDelayMs: 1 },
    durationMs: 5002,
    messages: 25_010,
    msgPerSec: 5000,
    mbPerSec: 5.12,
    latencyMs: { p50: 1.5, p95: 2.25, p99: 3.125, p999: 7, max: 12.5 },
    consumeMsgPerSec: 4998,
  };

  it('prints the settings, the rates and every percentile', () => {
    expect(formatReport(result)).toBe(
      [
        'brook bench e2e: 1 topic × 4 partitions, 1 producer per topic, 2 consumers per topic, 1024 B messages, ' +
          'target 5,000 msg/s, batching 1000 msg / 131072 B / 1 ms, compression lz4',
        'duration    5.00 s',
        'produced    25,010 messages   5,000 msg/s   5.12 MB/s',
        'consumed    4,998 msg/s',
        'latency ms  p50 1.500   p95 2.250   p99 3.125   p99.9 7.000   max 12.500   (end to end)',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing was measured for latency', () => {
    const text = formatReport({ ...result, workload: 'consume', latencyMs: null, batching: null, targetRate: null });
    expect(text).toContain('max rate, no batching');
    expect(text).toContain('consumed    25,010 messages');
    expect(text).toMatch(/latency ms {2}-\n$/);
  });

  it('a progress line shows the last second and p99 so far', () => {
    expect(
      formatProgress({
        phase: 'e2e',
        elapsedSeconds: 3.02,
        warmingUp: false,
        produced: { msgPerSec: 5001.4, mbPerSec: 5.12 },
        consumed: { msgPerSec: 4999, mbPerSec: 5.1 },
        p99Ms: 2.5,
      }),
    ).toBe('[e2e 3s]  produce 5,001 msg/s 5.1 MB/s  consume 4,999 msg/s 5.1 MB/s  p99 2.500 ms');
    expect(formatProgress({ phase: 'produce', elapsedSeconds: 1, warmingUp: true, p99Ms: undefined })).toBe(
      '[produce 1s warm-up]  p99 -',
    );
  });
});
