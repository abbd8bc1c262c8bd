import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy to one upstream that can stop forwarding: a network partition between a
 * client and a server, where neither side sees the connection close. `pause()` stops reading from
 * both sides (what was sent waits in the kernel's buffers), `resume()` lets it all through.
 */
export class PausableTcpProxy {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #paused = false;

  private constructor(server: Server) {
    this.#server = server;
  }

  /** Proxies to `upstream`, an `http://host:port` URL. */
  static async start(upstream: string): Promise<PausableTcpProxy> {
    const { hostname, port } = new URL(upstream);
    const server = createServer();
    const proxy = new PausableTcpProxy(server);
    server.on('connection', (client) => proxy.#relay(client, createConnection({ host: hostname, port: Number(port) })));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return proxy;
  }

  get endpoint(): string {
    const address = this.#server.address();
    if (address === null || typeof address === 'string') throw new Error('the proxy is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  pause(): void {
    this.#paused = true;
    for (const socket of this.#sockets) socket.pause();
  }

  resume(): void {
    this.#paused = false;
    for (const socket of this.#sockets) socket.resume();
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #relay(client: Socket, upstream: Socket): void {
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.#sockets.add(from);
      from.on('data', (chunk) => to.write(chunk));
      from.on('close', () => {
        this.#sockets.delete(from);
        to.destroy();
      });
      from.on('error', () => to.destroy());
      if (this.#paused) from.pause();
    }
  }
}
