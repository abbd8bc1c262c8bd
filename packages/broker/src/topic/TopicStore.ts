import type { MetadataStore } from '@brook/metadata';
import type { TopicName } from '@brook/protocol';

/** A topic's record, at `/brook/topics/<tenant>/<namespace>/<topic>`. Partitions of a partitioned topic have none. */
export interface TopicRecord {
  partitions: number;
  createdAt: number;
}

const PREFIX = '/brook/topics/';

export class TopicStore {
  constructor(private readonly store: MetadataStore) {}

  async get(topic: TopicName): Promise<TopicRecord | undefined> {
    const kv = await this.store.get(PREFIX + topic.full);
    return kv ? (JSON.parse(kv.value.toString('utf8')) as TopicRecord) : undefined;
  }

  /** Creates the record; returns false if it already existed. */
  async create(topic: TopicName, record: TopicRecord): Promise<boolean> {
    const result = await this.store.txn({
      if: [{ key: PREFIX + topic.full, version: 0 }],
      then: [{ type: 'put', key: PREFIX + topic.full, value: Buffer.from(JSON.stringify(record)) }],
    });
    return result.succeeded;
  }

  /**
   * Rewrites an existing record by compare-and-set: `change` gets the current record (undefined if
   * none) and returns the new one, or throws to change nothing. Retried when another writer won.
   */
  async update(topic: TopicName, change: (record: TopicRecord | undefined) => TopicRecord): Promise<TopicRecord> {
    for (;;) {
      const kv = await this.store.get(PREFIX + topic.full);
      const next = change(kv ? (JSON.parse(kv.value.toString('utf8')) as TopicRecord) : undefined);
      const result = await this.store.txn({
        if: [{ key: PREFIX + topic.full, version: kv?.version ?? 0 }],
        then: [{ type: 'put', key: PREFIX + topic.full, value: Buffer.from(JSON.stringify(next)) }],
      });
      if (result.succeeded) return next;
    }
  }

  async delete(topic: TopicName): Promise<void> {
    await this.store.delete(PREFIX + topic.full);
  }

  /** Topics under `tenant/namespace`, or every topic for an empty namespace, sorted by name. */
  async list(namespace: string): Promise<{ topic: string; record: TopicRecord }[]> {
    const prefix = namespace ? `${PREFIX}${namespace}/` : PREFIX;
    const kvs = await this.store.list(prefix);
    return kvs.map((kv) => ({
      topic: kv.key.slice(PREFIX.length),
      record: JSON.parse(kv.value.toString('utf8')) as TopicRecord,
    }));
  }
}
