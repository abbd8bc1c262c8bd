import type { MetadataStore } from '@brook/metadata';
import { BrookError, ErrorCode } from '@brook/protocol';

export interface Versioned<T> {
  value: T;
  version: number;
}

/**
 * JSON records under one key prefix that only a topic's owner writes, always by compare-and-set
 * on the version it last read or wrote. A second writer's write fails with TOPIC_BUSY (retriable:
 * the client looks the topic up again) instead of overwriting.
 */
export class OwnedJsonRecords<T> {
  constructor(
    private readonly store: MetadataStore,
    private readonly prefix: string,
    /** What a record is, for error messages: "cursor", "managed ledger". */
    private readonly what: string,
  ) {}

  async read(key: string): Promise<Versioned<T> | undefined> {
    const kv = await this.store.get(this.prefix + key);
    return kv ? { value: JSON.parse(kv.value.toString('utf8')) as T, version: kv.version } : undefined;
  }

  /** Records whose key starts with `keyPrefix`, by the rest of their key. */
  async list(keyPrefix: string): Promise<Map<string, Versioned<T>>> {
    const prefix = this.prefix + keyPrefix;
    const records = new Map<string, Versioned<T>>();
    for (const kv of await this.store.list(prefix)) {
      records.set(kv.key.slice(prefix.length), {
        value: JSON.parse(kv.value.toString('utf8')) as T,
        version: kv.version,
      });
    }
    return records;
  }

  /** Writes if the stored version is still `expectedVersion` (0 = absent); returns the new version. */
  async write(key: string, value: T, expectedVersion: number): Promise<number> {
    try {
      return await this.store.put(this.prefix + key, Buffer.from(JSON.stringify(value)), { expectedVersion });
    } catch (error) {
      if (error instanceof BrookError && error.code === ErrorCode.BadVersion) {
        throw new BrookError(ErrorCode.TopicBusy, `${this.what} ${key} was changed by another writer`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.store.delete(this.prefix + key);
  }

  async deleteAll(keyPrefix: string): Promise<void> {
    await this.store.deletePrefix(this.prefix + keyPrefix);
  }
}
