import type { Command } from 'commander';
import type { BenchOptions, Workload } from '../bench/BenchOptions.js';
import { formatReport } from '../bench/BenchReport.js';
import { BenchRun } from '../bench/BenchRun.js';
import { benchCommand, WORKLOADS } from '../bench/benchCommand.js';

/** `brook bench produce | consume | e2e`: throughput and latency, in the manner of pulsar-perf. */
export function registerBench(program: Command): void {
  const bench = program
    .command('bench')
    .description('measure throughput and latency: produce, consume or e2e (progress on stderr, report on stdout)');
  for (const workload of Object.keys(WORKLOADS) as Workload[]) bench.addCommand(benchCommand(workload, runBench));
}

/** Runs one benchmark; the first Ctrl-C ends it early and still prints the report, a second exits at once. */
async function runBench(options: BenchOptions): Promise<void> {
  const run = new BenchRun(options, (line) => process.stderr.write(`${line}\n`));
  const interrupt = () => {
    process.once('SIGINT', () => process.exit(130));
    run.stop();
  };
  process.once('SIGINT', interrupt);
  try {
    const result = await run.run();
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatReport(result));
  } finally {
    process.off('SIGINT', interrupt);
  }
}
