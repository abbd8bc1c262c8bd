import { pino, type Logger } from 'pino';

/** One root logger per process, JSON lines on stderr so stdout stays for command output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { pid: process.pid } }, pino.destination(2));
}
