import { BrookError, ErrorCode } from '@brook/protocol';
import type { ClientDuplexStream } from '@grpc/grpc-js';
import { brokerError } from './brokerError.js';

/** What a session reports once it is open. onEnd fires once, only when the stream ends without close(). */
export interface SessionHandler<Res> {
  onMessage(message: Res): void;
  onEnd(error: BrookError): void;
}

type State = 'idle' | 'handshaking' | 'open' | 'closing' | 'ended';

/**
 * One bidi stream with Brook's shape: the client's first request opens it, the broker's first
 * response confirms it, then messages flow both ways until either side ends. Listeners are
 * installed once at construction, so nothing the broker sends between the handshake and
 * attach() is lost: it is buffered and handed over on attach.
 */
export class DuplexSession<Req, Res> {
  private state: State = 'idle';
  private handler: SessionHandler<Res> | undefined;
  private early: Res[] = [];
  private endError: BrookError | undefined;
  private handshakeReply: ((message: Res) => void) | undefined;
  private handshakeFailed: ((error: BrookError) => void) | undefined;
  private closed: (() => void) | undefined;
  private closing: Promise<void> | undefined;
  private drainWaiter: (() => void) | undefined;

  constructor(private readonly call: ClientDuplexStream<Req, Res>) {
    call.on('data', (message: Res) => this.onData(message));
    // The client's own cancels happen once the state is 'ended' or 'closing', where finish() ignores errors.
    call.on('error', (error: unknown) => this.finish(brokerError(error)));
    call.on('end', () => this.finish(new BrookError(ErrorCode.Unavailable, 'the broker ended the stream')));
    call.on('drain', () => {
      const waiter = this.drainWaiter;
      this.drainWaiter = undefined;
      waiter?.();
    });
  }

  /**
   * Sends the opening request and resolves with accept(first response); rejects on error, timeout,
   * a wrong reply, or (with ALREADY_CLOSED) once signal aborts.
   */
  handshake<T>(
    first: Req,
    timeoutMs: number,
    accept: (message: Res) => T | undefined,
    what: string,
    signal?: AbortSignal,
  ): Promise<T> {
    this.state = 'handshaking';
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        fail(new BrookError(ErrorCode.Timeout, `${what}: no reply within ${timeoutMs} ms`));
        this.call.cancel();
      }, timeoutMs);
      const onAbort = () => {
        fail(new BrookError(ErrorCode.AlreadyClosed, `${what}: cancelled`));
        this.call.cancel();
      };
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.handshakeReply = this.handshakeFailed = undefined;
      };
      const fail = (error: BrookError) => {
        settle();
        this.state = 'ended';
        reject(error);
      };
      this.handshakeFailed = fail;
      this.handshakeReply = (message) => {
        const value = accept(message);
        if (value === undefined) {
          fail(new BrookError(ErrorCode.Internal, `${what}: unexpected first reply from the broker`));
          this.call.cancel();
          return;
        }
        settle();
        this.state = 'open';
        resolve(value);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.call.write(first);
    });
  }

  /** Starts delivering messages (and the end, if it already happened) to handler. */
  attach(handler: SessionHandler<Res>): void {
    this.handler = handler;
    const early = this.early;
    this.early = [];
    for (const message of early) handler.onMessage(message);
    if (this.endError !== undefined) handler.onEnd(this.endError);
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Writes one request; false means the transport buffer is full: wait for whenDrained. */
  write(request: Req, written?: (error?: Error | null) => void): boolean {
    return this.call.write(request, written);
  }

  whenDrained(callback: () => void): void {
    this.drainWaiter = callback;
  }

  /** Half-closes the stream and waits for the broker to end it; cancels after timeoutMs. Idempotent. */
  close(timeoutMs: number): Promise<void> {
    if (this.closing) return this.closing;
    if (this.state === 'ended') return Promise.resolve();
    if (this.state === 'idle' || this.state === 'handshaking') {
      this.state = 'ended';
      this.call.cancel();
      return Promise.resolve();
    }
    this.state = 'closing';
    this.closing = new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.call.cancel(), timeoutMs);
      this.closed = () => {
        clearTimeout(timer);
        resolve();
      };
      this.call.end();
    });
    return this.closing;
  }

  private onData(message: Res): void {
    if (this.state === 'handshaking') this.handshakeReply?.(message);
    else if (this.state !== 'open') return;
    else if (this.handler) this.handler.onMessage(message);
    else this.early.push(message);
  }

  private finish(error: BrookError): void {
    const previous = this.state;
    if (previous === 'ended') return;
    this.state = 'ended';
    if (previous === 'handshaking') this.handshakeFailed?.(error);
    else if (previous === 'closing') this.closed?.();
    else if (this.handler) this.handler.onEnd(error);
    else this.endError = error;
  }
}
