// Redis Streams runner: XADD pipelined (up to 10,000 unacknowledged, 100 per pipeline), a consumer
// group read with XREADGROUP COUNT 1000 whose XACK for a batch rides in the same pipeline as the next
// read; e2e uses the same reader loop (BLOCK 100) on its own connection, concurrently with the writer.
// Usage: node bench/peers/redis.js produce|consume|e2e [-u redis://host:port] [flags of brook bench]
import { Redis } from 'ioredis';
import { DURABILITY, startRedis } from '../lib/servers.js';
import { main } from './cli.js';

const READ_COUNT = 1000;

export const redisDriver = {
  tool: 'redis',
  batching: { pipeline: 100, maxPending: 10_000 },

  /** Asks the server: the same runner measures `always` and `everysec`. */
  async durability(url) {
    const redis = new Redis(url);
    try {
      const [, fsync] = await redis.config('GET', 'appendfsync');
      const [, aof] = await redis.config('GET', 'appendonly');
      if (aof !== 'yes') return 'Redis Streams, no append-only file: acknowledged writes live in memory only';
      return DURABILITY[`redis-${fsync}`] ?? `Redis Streams, AOF appendfsync ${fsync}`;
    } finally {
      redis.disconnect();
    }
  },

  async open(url, key) {
    const writer = new Redis(url);
    const readers = [];
    await writer.del(key);
    return {
      async sendBatch(payloads) {
        const pipeline = writer.pipeline();
        for (const payload of payloads) pipeline.xadd(key, '*', 'v', payload);
        for (const [error] of await pipeline.exec()) if (error) throw error;
      },

      async startConsumer(onPayload) {
        const reader = writer.duplicate();
        readers.push(reader);
        await reader.xgroup('CREATE', key, 'bench', '0', 'MKSTREAM');
        let stopped = false;
        const loop = (async () => {
          let toAck = [];
          while (!stopped) {
            const pipeline = reader.pipeline();
            if (toAck.length > 0) pipeline.xack(key, 'bench', ...toAck);
            pipeline.xreadgroupBuffer('GROUP', 'bench', 'c', 'COUNT', READ_COUNT, 'BLOCK', 100, 'STREAMS', key, '>');
            const replies = await pipeline.exec();
            for (const [error] of replies) if (error) throw error;
            toAck = [];
            const streams = replies[replies.length - 1][1];
            if (!streams) continue;
            for (const [id, fields] of streams[0][1]) {
              toAck.push(id);
              onPayload(fields[1]);
            }
          }
          if (toAck.length > 0) await reader.xack(key, 'bench', ...toAck);
        })();
        return {
          async stop() {
            stopped = true;
            await loop;
          },
        };
      },

      async close() {
        await writer.del(key);
        writer.disconnect();
        for (const reader of readers) reader.disconnect();
      },
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`)
  await main(redisDriver, () => startRedis(process.env.BENCH_REDIS_FSYNC ?? 'everysec'));
