import { type ChannelOptions, Client, type ClientDuplexStream, credentials } from '@grpc/grpc-js';
import {
  BrookError,
  bookieService,
  ErrorCode,
  grpcChannelOptions,
  isErrorCode,
  type pb,
  toBrookError,
} from '@brook/protocol';
import { type Logger, pino } from 'pino';
import { serializeAddRequest } from './addRequest.js';
import type { AddEntryRequest, BookieClient, LedgerTail, ReadEntriesRequest, StoredEntry } from './BookieClient.js';

export interface GrpcBookieClientOptions {
  /** `host:port` of the bookie; also the client's id. */
  address: string;
  logger?: Logger;
  /** Deadline of Read, ReadLac and Fence calls. Default 30 s. */
  timeoutMs?: number;
  channelOptions?: ChannelOptions;
}

/** An AddRequest is sent once it holds this many entry bytes, well under the gRPC message limit. */
export const MAX_ADD_REQUEST_BYTES = 4 * 1024 * 1024;

interface Waiter {
  resolve: () => void;
  reject: (error: BrookError) => void;
}

/**
 * BookieClient over gRPC. Rules: all adds share one Add stream, opened on first use; adds made in
 * the same tick travel in one AddRequest (split at `MAX_ADD_REQUEST_BYTES`); each result settles the oldest waiting add with the
 * same (ledgerId, entryId). If the stream breaks, every add waiting on it rejects UNAVAILABLE and
 * the next add opens a new stream. Errors arrive as BrookErrors with their wire code.
 */
export class GrpcBookieClient implements BookieClient {
  readonly id: string;
  private readonly client: Client;
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private stream: ClientDuplexStream<pb.IAddRequest, pb.IAddResponse> | undefined;
  private readonly waiting = new Map<string, Waiter[]>();
  private outbox: pb.IAddEntry[] = [];
  private outboxBytes = 0;
  private closed = false;

  constructor(options: GrpcBookieClientOptions) {
    this.id = options.address;
    this.logger = options.logger ?? pino({ level: 'silent' });
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.client = new Client(options.address, credentials.createInsecure(), {
      ...grpcChannelOptions,
      ...options.channelOptions,
    });
  }

  add(request: AddEntryRequest): Promise<void> {
    if (this.closed) return Promise.reject(this.closedError());
    return new Promise<void>((resolve, reject) => {
      const key = `${request.ledgerId}:${request.entryId}`;
      const waiters = this.waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (this.outbox.length === 0) queueMicrotask(() => this.sendOutbox());
      for (const chunk of request.data) this.outboxBytes += chunk.byteLength;
      this.outbox.push({
        ledgerId: request.ledgerId,
        entryId: request.entryId,
        masterKey: request.masterKey,
        lac: request.lac,
        data: [...request.data],
        crc32c: request.crc32c,
        recovery: request.recovery ?? false,
      });
      if (this.outboxBytes >= MAX_ADD_REQUEST_BYTES) this.sendOutbox();
    });
  }

  async read(request: ReadEntriesRequest): Promise<StoredEntry[]> {
    const response = await this.unary(bookieService.read, {
      ledgerId: request.ledgerId,
      firstEntryId: request.firstEntryId,
      lastEntryId: request.lastEntryId,
      maxBytes: request.maxBytes ?? 0,
    });
    return (response.entries ?? []).map((e) => ({
      entryId: e.entryId ?? 0,
      data: e.data ? Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) : Buffer.alloc(0),
      crc32c: e.crc32c ?? 0,
    }));
  }

  async readLac(ledgerId: number): Promise<LedgerTail> {
    return tail(await this.unary(bookieService.readLac, { ledgerId }));
  }

  async fence(ledgerId: number, masterKey: Buffer): Promise<LedgerTail> {
    return tail(await this.unary(bookieService.fence, { ledgerId, masterKey }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.outbox = [];
    this.outboxBytes = 0;
    this.failWaiting(this.closedError());
    this.stream?.cancel();
    this.stream = undefined;
    this.client.close();
  }

  private sendOutbox(): void {
    if (this.outbox.length === 0) return;
    const entries = this.outbox;
    this.outbox = [];
    this.outboxBytes = 0;
    (this.stream ?? this.openStream()).write({ entries });
  }

  private openStream(): ClientDuplexStream<pb.IAddRequest, pb.IAddResponse> {
    const method = bookieService.add;
    const stream = this.client.makeBidiStreamRequest(method.path, serializeAddRequest, method.responseDeserialize);
    stream.on('data', (response: pb.IAddResponse) => {
      for (const result of response.results ?? []) this.settle(result);
    });
    const broken = (reason: string, cause?: unknown) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      if (this.closed) return;
      this.logger.warn({ bookie: this.id, reason }, 'add stream broke; waiting adds fail');
      const error = new BrookError(ErrorCode.Unavailable, `add stream to ${this.id} broke: ${reason}`, { cause });
      this.failWaiting(error);
    };
    stream.on('error', (error: Error) => broken(toBrookError(error).message, error));
    stream.on('end', () => broken('server ended the stream'));
    this.stream = stream;
    return stream;
  }

  private settle(result: pb.IAddResult): void {
    const key = `${result.ledgerId ?? 0}:${result.entryId ?? 0}`;
    const waiters = this.waiting.get(key);
    const waiter = waiters?.shift();
    if (!waiter) {
      this.logger.warn({ bookie: this.id, key }, 'add result for no waiting add');
      return;
    }
    if (waiters?.length === 0) this.waiting.delete(key);
    const code = result.errorCode;
    if (!code) waiter.resolve();
    else waiter.reject(new BrookError(isErrorCode(code) ? code : ErrorCode.Internal, result.errorMessage ?? code));
  }

  private failWaiting(error: BrookError): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiters of waiting) for (const waiter of waiters) waiter.reject(error);
  }

  private unary<Req, Res>(
    method: {
      path: string;
      requestSerialize: (value: Req) => Buffer;
      responseDeserialize: (value: Buffer) => Res;
    },
    request: Req,
  ): Promise<Res> {
    if (this.closed) return Promise.reject(this.closedError());
    return new Promise<Res>((resolve, reject) => {
      const deadline = Date.now() + this.timeoutMs;
      this.client.makeUnaryRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        request,
        { deadline },
        (error, response) => {
          if (error || response === undefined) reject(toBrookError(error ?? new Error('empty response')));
          else resolve(response);
        },
      );
    });
  }

  private closedError(): BrookError {
    return new BrookError(ErrorCode.AlreadyClosed, `bookie client ${this.id} is closed`);
  }
}

/** Decoded proto3 messages leave zero-valued fields unset. */
function tail(response: { lac?: number | null; lastEntryId?: number | null }): LedgerTail {
  return { lac: response.lac ?? 0, lastEntryId: response.lastEntryId ?? 0 };
}
