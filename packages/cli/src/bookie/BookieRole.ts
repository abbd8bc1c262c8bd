import { networkInterfaces } from 'node:os';
import { Bookie, BookieRegistration, BookieServer } from '@brook/bookie';
import { EtcdMetadataStore } from '@brook/metadata';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { ComponentStack } from '../ComponentStack.js';
import type { BookieRoleConfig } from '../config.js';
import { BookieHttpServer } from './BookieHttpServer.js';

/**
 * `brook bookie`: one bookie as its own process. Components start in dependency order: the etcd
 * metadata store, the bookie (journal replay), its gRPC server, the HTTP server, and last the
 * registration under `/brook/bookies/`, so that clients find the bookie only once it serves. They
 * close in reverse: the registration goes first, so no new ensemble picks a bookie that is stopping.
 */
export class BookieRole {
  readonly #config: BookieRoleConfig;
  readonly #logger: Logger;
  readonly #components: ComponentStack;
  #address = '';
  #httpPort = 0;
  #registration: BookieRegistration | undefined;
  #starting: Promise<void> | undefined;

  constructor(config: BookieRoleConfig, logger: Logger) {
    this.#config = config;
    this.#logger = logger;
    this.#components = new ComponentStack('brook bookie', logger);
  }

  /** The advertised `host:port`, which is the bookie's id; set once started. */
  get address(): string {
    return this.#address;
  }

  get httpPort(): number {
    return this.#httpPort;
  }

  get ready(): boolean {
    return this.#registration?.registered ?? false;
  }

  start(): Promise<void> {
    this.#starting ??= this.#start().catch(async (error: unknown) => {
      await this.close();
      throw error;
    });
    return this.#starting;
  }

  /**
   * Closes every started component, newest first. Idempotent; during `start()` it closes what has
   * started (a registration still waiting to claim its key gives up) and start fails.
   */
  close(): Promise<void> {
    return this.#components.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #start(): Promise<void> {
    const config = this.#config;
    const registry = new Registry();
    const metadata = await EtcdMetadataStore.connect(config.metadata);
    await this.#components.opened('metadata', () => metadata.close());

    const bookie = new Bookie({
      config: config.bookie,
      logger: this.#logger.child({ component: 'bookie' }),
      registry,
      metadata,
    });
    await this.#components.opened('bookie', () => bookie.close());
    await bookie.start();

    const { host, port } = config.bookie.grpc;
    const server = new BookieServer({ bookie, host, port, logger: this.#logger.child({ component: 'bookie-server' }) });
    await this.#components.opened('bookie-server', () => server.close());
    await server.start();
    this.#address = `${config.advertised.host ?? advertisedHost(host)}:${config.advertised.port ?? server.port}`;

    const http = new BookieHttpServer({ ...config.http, registry, ready: () => this.ready });
    await this.#components.opened('http', () => http.close());
    await http.start();
    this.#httpPort = http.port;

    const registration = new BookieRegistration({
      metadata,
      address: this.#address,
      ledgerDir: config.bookie.ledgerDir,
      config: config.registration,
      logger: this.#logger,
    });
    this.#registration = registration;
    await this.#components.opened('registration', () => registration.close());
    await registration.start();
  }
}

/** The bind host when it names one interface; else the first external IPv4 address, else loopback. */
function advertisedHost(bindHost: string): string {
  if (bindHost !== '0.0.0.0' && bindHost !== '::') return bindHost;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}
