import {
  type Client,
  type ClientDuplexStream,
  credentials,
  makeGenericClientConstructor,
  type ServiceError,
  status,
} from '@grpc/grpc-js';
import { type BrookError, adminService, brokerService, grpcChannelOptions, pb, toBrookError } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';

const BrokerClient = makeGenericClientConstructor(brokerService, 'brook.v1.Broker');
const AdminClient = makeGenericClientConstructor(adminService, 'brook.v1.Admin');

type ServiceClient = InstanceType<typeof BrokerClient>;
type UnaryMethod = (request: object, callback: (error: ServiceError | null, reply: unknown) => void) => void;
type BidiMethod<Req, Res> = () => ClientDuplexStream<Req, Res>;

/**
 * Talks the wire protocol to a broker directly, so a test can send what the SDK never would:
 * requests out of order, forged ids, bad checksums, bytes that are not protobuf at all.
 */
export class RawBroker {
  private readonly broker: ServiceClient;
  private readonly admin: ServiceClient;

  constructor(serviceUrl: string) {
    const target = serviceUrl.replace(/^brook:\/\//, '');
    this.broker = new BrokerClient(target, credentials.createInsecure(), grpcChannelOptions);
    this.admin = new AdminClient(target, credentials.createInsecure(), grpcChannelOptions);
  }

  publish(): RawStream<pb.IPublishRequest, pb.PublishResponse> {
    return new RawStream((this.broker.publish as BidiMethod<pb.IPublishRequest, pb.PublishResponse>).call(this.broker));
  }

  consume(): RawStream<pb.IConsumeRequest, pb.ConsumeResponse> {
    return new RawStream((this.broker.consume as BidiMethod<pb.IConsumeRequest, pb.ConsumeResponse>).call(this.broker));
  }

  /** A bidi stream on method `path` whose requests go out as the given bytes, unparsed, and replies come back as bytes. */
  rawBidi(path: string): RawStream<Buffer, Buffer> {
    return new RawStream(
      (this.broker as Client).makeBidiStreamRequest(
        path,
        (bytes: Buffer) => bytes,
        (bytes: Buffer) => bytes,
      ),
    );
  }

  /** A unary call on method `path` whose request is the given bytes, unparsed; resolves with the error it ends with. */
  rawUnary(path: string, bytes: Buffer): Promise<BrookError | undefined> {
    return new Promise((resolve) => {
      (this.admin as Client).makeUnaryRequest(
        path,
        (b: Buffer) => b,
        (b: Buffer) => b,
        bytes,
        (error) => resolve(error ? toBrookError(error) : undefined),
      );
    });
  }

  /** Opens a producer on `topic` and waits until the broker confirmed it. */
  async openProducer(topic: string): Promise<RawStream<pb.IPublishRequest, pb.PublishResponse>> {
    const stream = this.publish();
    stream.write({ open: { topic } });
    const reply = await stream.next();
    if (!reply.opened) throw new Error(`expected opened, got ${JSON.stringify(reply.toJSON())}`);
    return stream;
  }

  /** Subscribes and waits until the broker confirmed it. */
  async subscribe(subscribe: pb.ISubscribe): Promise<RawStream<pb.IConsumeRequest, pb.ConsumeResponse>> {
    const stream = this.consume();
    stream.write({ subscribe });
    const reply = await stream.next();
    if (!reply.subscribed) throw new Error(`expected subscribed, got ${JSON.stringify(reply.toJSON())}`);
    return stream;
  }

  createTopic(request: pb.ICreateTopicRequest): Promise<pb.CreateTopicResponse> {
    return this.unary('createTopic', request);
  }

  deleteTopic(request: pb.IDeleteTopicRequest): Promise<pb.DeleteTopicResponse> {
    return this.unary('deleteTopic', request);
  }

  skipMessages(request: pb.ISkipMessagesRequest): Promise<pb.CursorPosition> {
    return this.unary('skipMessages', request);
  }

  private unary<Res>(method: keyof typeof adminService, request: object): Promise<Res> {
    return new Promise((resolve, reject) =>
      (this.admin[method] as UnaryMethod).call(this.admin, request, (error, reply) =>
        error ? reject(toBrookError(error)) : resolve(reply as Res),
      ),
    );
  }

  close(): void {
    this.broker.close();
    this.admin.close();
  }
}

/** One bidi stream: write requests, await replies one by one, and await how it ended. */
export class RawStream<Req, Res> {
  /** Resolves when the stream ends: undefined for an OK status, else the BrookError it ended with. */
  readonly ended: Promise<BrookError | undefined>;
  private readonly replies: Res[] = [];
  private wake: (() => void) | undefined;
  private outcome: { error: BrookError | undefined } | undefined;

  constructor(private readonly call: ClientDuplexStream<Req, Res>) {
    this.ended = new Promise((resolve) => {
      const settle = (error: BrookError | undefined) => {
        if (this.outcome) return;
        this.outcome = { error };
        resolve(error);
        this.wake?.();
      };
      call.on('data', (reply: Res) => {
        this.replies.push(reply);
        this.wake?.();
      });
      call.on('error', (error: ServiceError) => settle(toBrookError(error)));
      call.on('status', (s: { code: status }) => {
        if (s.code === status.OK) settle(undefined);
      });
    });
  }

  write(request: Req): void {
    this.call.write(request);
  }

  /** The next reply; rejects if the stream ended before one came. */
  async next(): Promise<Res> {
    for (;;) {
      const reply = this.replies.shift();
      if (reply !== undefined) return reply;
      if (this.outcome) throw this.outcome.error ?? new Error('the stream ended without another reply');
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }

  /** Publish receipts until `count` of them arrived. */
  async receipts(this: RawStream<Req, pb.PublishResponse>, count: number): Promise<pb.IPublishReceipt[]> {
    const receipts: pb.IPublishReceipt[] = [];
    while (receipts.length < count) receipts.push(...((await this.next()).receipts?.receipts ?? []));
    return receipts;
  }

  /** Half-closes the stream and waits for its end. */
  async end(): Promise<BrookError | undefined> {
    this.call.end();
    return this.ended;
  }

  cancel(): void {
    this.call.cancel();
  }
}

/** A well-formed batch of `values`, its CRC32C computed as a producer would. */
export function batchOf(values: readonly string[], sequenceId: number): pb.IPublishBatch {
  const payload = Buffer.from(
    pb.MessageBatch.encode({ messages: values.map((v) => ({ value: Buffer.from(v) })) }).finish(),
  );
  return payloadBatch(payload, values.length, sequenceId);
}

/** A batch carrying `payload` as is, with its true CRC32C. */
export function payloadBatch(payload: Buffer, messageCount: number, sequenceId: number): pb.IPublishBatch {
  return {
    sequenceId,
    messageCount,
    codec: pb.Codec.CODEC_NONE,
    uncompressedSize: payload.length,
    payloadCrc32c: crc32c(payload),
    payload,
  };
}
