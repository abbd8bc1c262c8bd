import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { Registry } from 'prom-client';

/** The HTTP listener: liveness, readiness and Prometheus metrics. */
export class HttpServer {
  private readonly server: Server;

  constructor(private readonly options: { host: string; port: number; registry: Registry; ready: () => boolean }) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    });
  }

  get port(): number {
    return (this.server.address() as AddressInfo | null)?.port ?? 0;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    } else if (path === '/readyz') {
      const ready = this.options.ready();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ready\n' : 'starting\n');
    } else if (path === '/metrics') {
      const body = await this.options.registry.metrics();
      res.writeHead(200, { 'content-type': this.options.registry.contentType }).end(body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', (error) =>
        reject(
          new BrookError(ErrorCode.Unavailable, `cannot listen on HTTP port ${this.options.port}: ${error.message}`),
        ),
      );
      this.server.listen(this.options.port, this.options.host, () => resolve());
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
