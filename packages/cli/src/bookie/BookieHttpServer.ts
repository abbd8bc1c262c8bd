import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { Registry } from 'prom-client';

export interface BookieHttpServerOptions {
  host: string;
  /** 0 picks a free port; read it from `port` after `start()`. */
  port: number;
  registry: Registry;
  /** /readyz answers 200 while this holds (the bookie serves and is registered). */
  ready: () => boolean;
}

/** The bookie's HTTP listener: /healthz (the process answers), /readyz, /metrics (Prometheus). */
export class BookieHttpServer {
  readonly #options: BookieHttpServerOptions;
  readonly #server: Server;
  #starting: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: BookieHttpServerOptions) {
    this.#options = options;
    this.#server = createServer((req, res) => {
      this.#route(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    });
  }

  get port(): number {
    return (this.#server.address() as AddressInfo | null)?.port ?? 0;
  }

  start(): Promise<void> {
    this.#starting ??= new Promise((resolve, reject) => {
      const { host, port } = this.#options;
      this.#server.once('error', (error) =>
        reject(new BrookError(ErrorCode.Unavailable, `cannot listen on HTTP ${host}:${port}: ${error.message}`)),
      );
      this.#server.listen(port, host, () => resolve());
    });
    return this.#starting;
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#starting?.catch(() => undefined);
      if (!this.#server.listening) return;
      await new Promise<void>((resolve) => {
        this.#server.closeAllConnections();
        this.#server.close(() => resolve());
      });
    })();
    return this.#closing;
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    } else if (path === '/readyz') {
      const ready = this.#options.ready();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ready\n' : 'not ready\n');
    } else if (path === '/metrics') {
      const body = await this.#options.registry.metrics();
      res.writeHead(200, { 'content-type': this.#options.registry.contentType }).end(body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  }
}
