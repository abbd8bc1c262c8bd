import { grpcChannelOptions } from '@brook/protocol';
import { Channel, type ClientDuplexStream, credentials } from '@grpc/grpc-js';
import { type AdminStub, adminStub, type BrokerStub, brokerStub, type UnaryCallback } from '../wire/stubs.js';
import { brokerError } from './brokerError.js';
import { DuplexSession } from './DuplexSession.js';

type UnaryMethod<Req, Res> = (
  request: Req,
  options: { deadline: number },
  callback: UnaryCallback<Res>,
) => { cancel(): void };

/**
 * Clients ping their brokers often: a broker that froze (paused, partitioned) is noticed within
 * about 8 s and the client fails over, instead of waiting on a silent stream.
 */
const clientChannelOptions = {
  ...grpcChannelOptions,
  'grpc.keepalive_time_ms': 5_000,
  'grpc.keepalive_timeout_ms': 3_000,
  'grpc.keepalive_permit_without_calls': 1,
};

/** One gRPC channel to one broker address, shared by every producer, consumer and admin call to it. */
export class Connection {
  readonly broker: BrokerStub;
  readonly admin: AdminStub;
  private readonly channel: Channel;

  constructor(readonly address: string) {
    this.channel = new Channel(address, credentials.createInsecure(), clientChannelOptions);
    this.broker = brokerStub(address, this.channel);
    this.admin = adminStub(address, this.channel);
  }

  /** A unary call with a deadline, cancelled when signal aborts; every failure becomes a BrookError. */
  unary<Req, Res>(
    method: UnaryMethod<Req, Res>,
    stub: object,
    request: Req,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      const onAbort = () => call.cancel();
      const call = method.call(stub, request, { deadline: Date.now() + timeoutMs }, (error, response) => {
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(brokerError(error, signal?.aborted));
        else resolve(response as Res);
      });
      if (signal?.aborted) call.cancel();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Opens a bidi stream as a session; the caller runs its handshake. */
  session<Req, Res>(open: () => ClientDuplexStream<Req, Res>): DuplexSession<Req, Res> {
    return new DuplexSession(open());
  }

  close(): void {
    this.channel.close();
  }
}
