import { type BrookClient, BrookError, ErrorCode } from '@brook/client';
import { parseTopicName } from '@brook/protocol';

export interface BenchTopic {
  readonly name: string;
  /** 0 for a non-partitioned topic. */
  readonly partitions: number;
}

/** `base` for one topic, else `base-0` … `base-(count-1)`. */
export function topicNames(base: string, count: number): string[] {
  return count === 1 ? [base] : Array.from({ length: count }, (_, i) => `${base}-${i}`);
}

/**
 * Creates the run's topics (partitioned when `partitions` > 1). A topic that already exists is used
 * as it is, with the partition count it has: the producers must know whether it is partitioned.
 */
export async function prepareTopics(client: BrookClient, names: string[], partitions: number): Promise<BenchTopic[]> {
  const wanted = partitions > 1 ? partitions : 0;
  return Promise.all(
    names.map(async (name) => {
      try {
        await client.admin.topics.create(name, { partitions: wanted });
        return { name, partitions: wanted };
      } catch (error) {
        if (!(error instanceof BrookError) || error.code !== ErrorCode.TopicAlreadyExists) throw error;
        return { name, partitions: await existingPartitions(client, name) };
      }
    }),
  );
}

async function existingPartitions(client: BrookClient, name: string): Promise<number> {
  const topic = parseTopicName(name);
  const listing = await client.admin.topics.list(`${topic.tenant}/${topic.namespace}`);
  return listing.find((t) => t.topic === topic.full)?.partitions ?? 0;
}

/** Letters A–Z from a fixed seed, as pulsar-perf fills its payload: compressible like text, the same every run. */
export function benchPayload(size: number): Buffer {
  const payload = Buffer.allocUnsafe(size);
  let seed = 0x2545f491;
  for (let i = 0; i < size; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    payload[i] = 65 + ((seed >>> 16) % 26);
  }
  return payload;
}
