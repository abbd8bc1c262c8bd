import { crc32c } from '@node-rs/crc32';
import type { TopicName } from '@brook/protocol';

/** One hash range of a namespace: the unit a broker owns. */
export interface Bundle {
  /** `tenant/namespace/0x00000000_0x40000000`; also the tail of its ownership key. */
  readonly name: string;
  /** `tenant/namespace` */
  readonly namespace: string;
  /** First hash in the range. */
  readonly lower: number;
  /** First hash past the range, or 2^32 for the last bundle. */
  readonly upper: number;
}

const HASH_SPACE = 2 ** 32;

/**
 * Splits every namespace into `count` equal ranges of a 32-bit hash of the full topic name: the
 * CRC32C (Castagnoli, `@node-rs/crc32`) of its UTF-8 bytes, so every broker computes the same
 * bundle for a topic. Partitions hash by their own names (`…-partition-3`), so one topic's
 * partitions spread over the bundles. Bundle names follow Pulsar: `0x00000000_0x40000000`, the
 * last one ending `_0xffffffff` (its upper bound is inclusive there, as 2^32 has nine digits).
 */
export class Bundles {
  /** Range boundaries, `count + 1` of them, from 0 to 2^32. */
  private readonly bounds: number[];

  constructor(readonly count: number) {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`bundle count must be a positive integer`);
    this.bounds = Array.from({ length: count + 1 }, (_, i) => Math.ceil((i * HASH_SPACE) / count));
  }

  static hash(fullTopicName: string): number {
    return crc32c(Buffer.from(fullTopicName, 'utf8'));
  }

  /** The bundle that holds a topic (or partition). */
  of(topic: TopicName): Bundle {
    const hash = Bundles.hash(topic.full);
    const index = Math.min(this.count - 1, Math.floor((hash * this.count) / HASH_SPACE));
    return this.at(`${topic.tenant}/${topic.namespace}`, index);
  }

  /** Every bundle of a namespace, in hash order. */
  all(namespace: string): Bundle[] {
    return Array.from({ length: this.count }, (_, i) => this.at(namespace, i));
  }

  private at(namespace: string, index: number): Bundle {
    const lower = this.bounds[index] as number;
    const upper = this.bounds[index + 1] as number;
    return { name: `${namespace}/${hex(lower)}_${hex(Math.min(upper, HASH_SPACE - 1))}`, namespace, lower, upper };
  }
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}
