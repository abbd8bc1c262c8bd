// NATS JetStream runner: a file-storage stream with one replica, async publishes pipelined (up to
// 10,000 unacknowledged), a durable pull consumer that acknowledges the way Brook's consumer does:
// cumulatively (AckPolicy.All) after every 1,000 messages or 10 ms.
// Usage: node bench/peers/nats.js produce|consume|e2e [-u nats://host:port] [flags of brook bench]
import { AckPolicy, DeliverPolicy, StorageType, connect } from 'nats';
import { DURABILITY, startNats } from '../lib/servers.js';
import { main } from './cli.js';

const ACK_EVERY = 1000;
const ACK_INTERVAL_MS = 10;

export const natsDriver = {
  tool: 'nats',
  batching: { publish: 'async, pipelined', maxPending: 10_000 },
  durability: async () => DURABILITY.nats,

  async open(url, topic) {
    const connection = await connect({ servers: url });
    const manager = await connection.jetstreamManager();
    const stream = topic.replace(/[^A-Za-z0-9_-]/g, '_');
    await manager.streams.add({ name: stream, subjects: [stream], storage: StorageType.File, num_replicas: 1 });
    const js = connection.jetstream();
    return {
      sendBatch: (payloads) => Promise.all(payloads.map((payload) => js.publish(stream, payload))),

      async startConsumer(onPayload) {
        await manager.consumers.add(stream, {
          durable_name: 'bench',
          ack_policy: AckPolicy.All,
          deliver_policy: DeliverPolicy.All,
          max_ack_pending: 100_000,
        });
        const consumer = await js.consumers.get(stream, 'bench');
        const messages = await consumer.consume({ max_messages: 1000 });
        let last;
        let unacked = 0;
        const ackLast = () => {
          if (last && unacked > 0) last.ack();
          unacked = 0;
        };
        const timer = setInterval(ackLast, ACK_INTERVAL_MS);
        const loop = (async () => {
          for await (const message of messages) {
            last = message;
            onPayload(message.data);
            if (++unacked >= ACK_EVERY) ackLast();
          }
        })();
        return {
          async stop() {
            clearInterval(timer);
            ackLast();
            messages.stop();
            await loop;
          },
        };
      },

      async close() {
        await manager.streams.delete(stream).catch(() => {});
        await connection.drain();
      },
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) await main(natsDriver, startNats);
