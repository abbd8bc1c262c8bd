import { BrookClient, type ClientOptions } from '@brook/client';
import { afterAll, beforeAll } from 'vitest';

/** What a fixture starts: anything with a service URL and a close. */
export interface Server {
  readonly url: string;
  close(): Promise<void>;
}

/** How the fixture's client is configured; the service URL is the server's. */
export type ClientSettings = Omit<ClientOptions, 'serviceUrl'>;

export interface ServerFixture<S extends Server> {
  readonly server: S;
  /** A client of the server, made with the fixture's settings. */
  readonly client: BrookClient;
  readonly url: string;
  /** Closes the client, restarts the server with `restartServer`, then opens a new client at its (new) URL. */
  restart(restartServer: (server: S) => Promise<void>): Promise<void>;
}

/**
 * Registers hooks that start a server and a client of it before the tests of the enclosing describe,
 * and close both after them (the client first). The tests share them, as tests of a real process do.
 */
export function useServer<S extends Server>(start: () => Promise<S>, settings: ClientSettings = {}): ServerFixture<S> {
  let server: S | undefined;
  let client: BrookClient | undefined;
  const connect = (to: S) => new BrookClient({ ...settings, serviceUrl: to.url });
  beforeAll(async () => {
    server = await start();
    client = connect(server);
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
  });
  const started = (): { server: S; client: BrookClient } => {
    if (!server || !client) throw new Error('the server fixture is only there inside a test or hook');
    return { server, client };
  };
  return {
    get server() {
      return started().server;
    },
    get client() {
      return started().client;
    },
    get url() {
      return started().server.url;
    },
    async restart(restartServer) {
      const now = started();
      await now.client.close();
      await restartServer(now.server);
      client = connect(now.server);
    },
  };
}
