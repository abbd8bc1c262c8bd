import { Server, ServerCredentials } from '@grpc/grpc-js';
import { adminService, BrookError, brokerService, ErrorCode, grpcChannelOptions } from '@brook/protocol';
import { unary } from './handler.js';
import { createTopic, deleteTopic, getTopicStats, listTopics } from './handlers/admin.js';
import { consumeHandler } from './handlers/consume.js';
import { lookup } from './handlers/lookup.js';
import { publishHandler } from './handlers/publish.js';
import type { ServerContext } from './ServerContext.js';

/** The broker's gRPC listener: the Broker and Admin services. */
export class GrpcServer {
  private readonly server = new Server(grpcChannelOptions);
  private boundPort = 0;

  constructor(private readonly context: ServerContext) {
    this.server.addService(brokerService, {
      lookup: unary('Lookup', context, lookup(context)),
      publish: publishHandler(context),
      consume: consumeHandler(context),
    });
    this.server.addService(adminService, {
      createTopic: unary('CreateTopic', context, createTopic(context)),
      deleteTopic: unary('DeleteTopic', context, deleteTopic(context)),
      listTopics: unary('ListTopics', context, listTopics(context)),
      getTopicStats: unary('GetTopicStats', context, getTopicStats(context)),
    });
  }

  get port(): number {
    return this.boundPort;
  }

  async start(): Promise<void> {
    const { host, port } = this.context.config;
    this.boundPort = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
        error
          ? reject(new BrookError(ErrorCode.Unavailable, `cannot listen on ${host}:${port}: ${error.message}`))
          : resolve(bound),
      ),
    );
  }

  /** Stops accepting calls; open streams are cut after a short grace period. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => this.server.forceShutdown(), 2000);
      this.server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
  }
}
