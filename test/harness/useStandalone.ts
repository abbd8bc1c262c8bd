import type { BrookClient } from '@brook/client';
import { type ClientSettings, useServer } from './useServer.js';
import { StandaloneProcess } from './StandaloneProcess.js';

export interface StandaloneFixture {
  /** The real `brook standalone` process: kill it, pause it, read its logs. */
  readonly process: StandaloneProcess;
  readonly client: BrookClient;
  readonly url: string;
  /** Closes the client, starts the process again on the same data (killing it if it runs) and opens a new client. */
  restart(): Promise<void>;
}

/**
 * Registers hooks that start a `brook standalone` process and a client of it before the tests of the
 * enclosing describe, and close both after them.
 */
export function useStandalone(
  options: { args?: string[]; config?: string; client?: ClientSettings } = {},
): StandaloneFixture {
  const fixture = useServer(() => StandaloneProcess.start(options), options.client);
  return {
    get process() {
      return fixture.server;
    },
    get client() {
      return fixture.client;
    },
    get url() {
      return fixture.url;
    },
    restart: () => fixture.restart((process) => process.restart()),
  };
}
