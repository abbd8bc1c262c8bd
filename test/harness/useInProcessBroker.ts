import type { BrokerConfigInput } from '@brook/broker';
import type { BrookClient } from '@brook/client';
import { eventually } from './collect.js';
import { InProcessBroker } from './InProcessBroker.js';
import { type ClientSettings, useServer } from './useServer.js';

/** A broker in this process restarts within milliseconds: its client gives up and retries fast. */
const FAST_CLIENT: ClientSettings = { operationTimeoutMs: 5_000, reconnect: { initialDelayMs: 5, maxDelayMs: 50 } };

export interface InProcessBrokerFixture {
  /** The broker, its bookies and metadata store: restart the broker, look into the store. */
  readonly broker: InProcessBroker;
  readonly client: BrookClient;
  readonly url: string;
  /**
   * Restarts the broker on the same port, metadata and bookies, and resolves once the client reaches
   * it again: a client that tried to reconnect while it was down waits out its channel's backoff first.
   */
  restartBroker(): Promise<void>;
}

/**
 * Registers hooks that start an InProcessBroker with `config` and a client of it before the tests of
 * the enclosing describe, and close both after them.
 */
export function useInProcessBroker(
  config: BrokerConfigInput = {},
  options: { bookies?: number; client?: ClientSettings } = {},
): InProcessBrokerFixture {
  const fixture = useServer(() => InProcessBroker.start(config, options), options.client ?? FAST_CLIENT);
  return {
    get broker() {
      return fixture.server;
    },
    get client() {
      return fixture.client;
    },
    get url() {
      return fixture.url;
    },
    async restartBroker() {
      await fixture.server.restartBroker();
      await eventually(() =>
        fixture.client.admin.tenants.list().then(
          () => true,
          () => false,
        ),
      );
    },
  };
}
