import { BrookError, bindGrpcServer, bookieService, createGrpcServer, ErrorCode } from '@brook/protocol';
import { type Logger, pino } from 'pino';
import type { Bookie } from '../Bookie.js';
import { addHandler } from './add.js';
import { fenceHandler } from './fence.js';
import { readHandler } from './read.js';
import { readLacHandler } from './readLac.js';

export interface BookieServerOptions {
  bookie: Bookie;
  host: string;
  /** 0 picks a free port; read it from `port` after `start()`. */
  port: number;
  logger?: Logger;
  /** Per Add stream, entry bytes accepted but not yet durable before reading pauses. Default 64 MiB. */
  maxInflightBytesPerStream?: number;
  /** How long `close()` lets calls finish before cancelling them. Default 5 s. */
  shutdownTimeoutMs?: number;
}

/**
 * The bookie's gRPC face (`brook.v1.Bookie`). Rules: it serves a started Bookie and does not own
 * it (close the bookie after the server); `close()` is idempotent, stops accepting calls, ends
 * each Add stream once its in-flight adds are answered, waits up to `shutdownTimeoutMs` for
 * running calls, then cancels them.
 */
export class BookieServer {
  private readonly server = createGrpcServer();
  private readonly logger: Logger;
  private readonly openAddStreams = new Set<() => void>();
  private boundPort: number | undefined;
  private starting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: BookieServerOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
    const { bookie } = options;
    this.server.addService(bookieService, {
      add: addHandler(bookie, this.logger, {
        maxInflightBytes: options.maxInflightBytesPerStream ?? 64 * 1024 * 1024,
        open: this.openAddStreams,
      }),
      read: readHandler(bookie, this.logger),
      readLac: readLacHandler(bookie, this.logger),
      fence: fenceHandler(bookie, this.logger),
    });
  }

  /** The bound port; defined once `start()` resolved. */
  get port(): number {
    if (this.boundPort === undefined) throw new BrookError(ErrorCode.Unavailable, 'bookie server is not started');
    return this.boundPort;
  }

  start(): Promise<void> {
    this.starting ??= this.bind();
    return this.starting;
  }

  private async bind(): Promise<void> {
    const address = `${this.options.host}:${this.options.port}`;
    this.boundPort = await bindGrpcServer(this.server, address).catch((error: Error) => {
      throw new BrookError(ErrorCode.Unavailable, `cannot bind ${address}: ${error.message}`);
    });
    this.logger.info({ host: this.options.host, port: this.boundPort }, 'bookie server listening');
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async doClose(): Promise<void> {
    await this.starting?.catch(() => undefined);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.server.forceShutdown(), this.options.shutdownTimeoutMs ?? 5000);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
      for (const drain of [...this.openAddStreams]) drain();
    });
    this.logger.info('bookie server closed');
  }
}
