import { BrookError, ErrorCode, type TopicName } from '@brook/protocol';
import { parseBrokerUrl } from './brokerUrl.js';
import { Connection } from './Connection.js';

/**
 * Connections by broker address. The service address is where lookups go; each topic is then
 * served by the broker the lookup names, over a channel shared with everything else bound there.
 */
export class ConnectionPool {
  private readonly connections = new Map<string, Connection>();
  private closed = false;

  constructor(
    readonly serviceAddress: string,
    private readonly operationTimeoutMs: number,
  ) {}

  get(address: string): Connection {
    if (this.closed) throw new BrookError(ErrorCode.AlreadyClosed, 'the client is closed');
    let connection = this.connections.get(address);
    if (!connection) {
      connection = new Connection(address);
      this.connections.set(address, connection);
    }
    return connection;
  }

  service(): Connection {
    return this.get(this.serviceAddress);
  }

  /** The connection to the broker that owns topic, as the service broker's Lookup answers. */
  async lookup(topic: TopicName): Promise<Connection> {
    const service = this.service();
    const reply = await service.unary(
      service.broker.lookup,
      service.broker,
      { topic: topic.full },
      this.operationTimeoutMs,
    );
    const address = reply.brokerUrl ? parseBrokerUrl(reply.brokerUrl, 'Lookup.broker_url') : this.serviceAddress;
    return this.get(address);
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }
}
