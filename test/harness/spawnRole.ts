import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One stderr line of a Brook process: its JSON log record, or `{ msg: line }` for anything else. */
export type LogRecord = Record<string, unknown> & { msg?: string; level?: number; time?: number };

export function parseLogLine(line: string): LogRecord {
  try {
    return JSON.parse(line) as LogRecord;
  } catch {
    return { msg: line };
  }
}

/**
 * Spawns `node <args>` and resolves once it logs `readyMessage`, with that line's fields. Every
 * stderr line, before and after, goes to `onLine`. Rejects, with the last lines, if the process
 * exits first.
 */
export function spawnUntilReady(
  args: string[],
  readyMessage: string,
  onLine: (record: LogRecord) => void,
): Promise<{ child: ChildProcess; ready: LogRecord }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(
        new Error(
          `${readyMessage.replace(' is ready', '')} exited with ${code} before it was ready:\n${recent.join('\n')}`,
        ),
      );
    child.once('exit', onExit);
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 50) recent.shift();
      const record = parseLogLine(line);
      onLine(record);
      if (record.msg !== readyMessage) return;
      child.off('exit', onExit);
      resolve({ child, ready: record });
    });
  });
}
