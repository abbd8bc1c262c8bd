import type { IKeyValue } from 'etcd3';
import type { KeyValue } from '../MetadataStore.js';

/**
 * Where the store's keys live in etcd: a store key `k` is the etcd key `namespace + k` in UTF-8,
 * so that stores with different namespaces share one cluster without seeing each other. etcd
 * orders keys by their bytes, which is the order `list` promises.
 */
export class EtcdKeyspace {
  readonly #namespace: Buffer;

  constructor(namespace: string) {
    this.#namespace = Buffer.from(namespace, 'utf8');
  }

  key(key: string): Buffer {
    return Buffer.concat([this.#namespace, Buffer.from(key, 'utf8')]);
  }

  /** The etcd range [key, rangeEnd) of every key that starts with `prefix`. */
  range(prefix: string): { key: Buffer; range_end: Buffer } {
    const start = this.key(prefix);
    // etcd reads key "\0" with range_end "\0" as "every key".
    if (start.length === 0) return { key: Buffer.from([0]), range_end: Buffer.from([0]) };
    return { key: start, range_end: prefixEnd(start) };
  }

  /** The store key of an etcd key of this namespace. */
  storeKey(etcdKey: Buffer): string {
    return etcdKey.subarray(this.#namespace.length).toString('utf8');
  }

  keyValue(kv: IKeyValue): KeyValue {
    return {
      key: this.storeKey(kv.key),
      value: Buffer.from(kv.value),
      version: Number(kv.mod_revision),
      createVersion: Number(kv.create_revision),
    };
  }
}

/** The smallest key above every key that starts with `prefix`; "\0" (no end) when there is none. */
function prefixEnd(prefix: Buffer): Buffer {
  for (let index = prefix.length - 1; index >= 0; index--) {
    const byte = prefix[index]!;
    if (byte < 0xff) {
      const end = Buffer.from(prefix.subarray(0, index + 1));
      end[index] = byte + 1;
      return end;
    }
  }
  return Buffer.from([0]);
}
