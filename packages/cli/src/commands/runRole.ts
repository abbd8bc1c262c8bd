import type { Logger } from 'pino';

interface Role {
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs a process role: Ctrl-C or SIGTERM (even during start) closes it and exits 0, or 1 if closing
 * failed; once started it logs `<name> is ready` with `readyFields()` and the startup time — the
 * line scripts and tests wait for.
 */
export async function runRole(name: string, role: Role, logger: Logger, readyFields: () => object): Promise<void> {
  const started = Date.now();
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    role.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await role.start();
  logger.info({ ...readyFields(), startupMs: Date.now() - started }, `${name} is ready`);
}
