import { connect } from 'node:http2';
import { afterEach, describe, expect, it } from 'vitest';
import { bindGrpcServer, createGrpcServer } from './grpcServer.js';
import { FLOW_CONTROL_WINDOW_BYTES } from './wire.js';

describe('createGrpcServer', () => {
  const servers: ReturnType<typeof createGrpcServer>[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.forceShutdown();
  });

  it('lets a peer send a whole window per stream and per connection before waiting', async () => {
    const server = createGrpcServer();
    servers.push(server);
    const port = await bindGrpcServer(server, '127.0.0.1:0');
    const session = connect(`http://127.0.0.1:${port}`);
    try {
      const settings = await new Promise<{ initialWindowSize?: number }>((resolve) =>
        session.once('remoteSettings', resolve),
      );
      expect(settings.initialWindowSize).toBe(FLOW_CONTROL_WINDOW_BYTES);
      // The connection window arrives as a WINDOW_UPDATE right after the settings.
      await expect.poll(() => session.state.remoteWindowSize).toBe(FLOW_CONTROL_WINDOW_BYTES);
    } finally {
      session.destroy();
    }
  });

  it('refuses an address it cannot bind', async () => {
    const first = createGrpcServer();
    const second = createGrpcServer();
    servers.push(first, second);
    const port = await bindGrpcServer(first, '127.0.0.1:0');
    await expect(bindGrpcServer(second, `127.0.0.1:${port}`)).rejects.toThrow();
  });
});
