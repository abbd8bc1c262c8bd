import type { ICompare, IRequestOp, IResponseOp } from 'etcd3';
import type { KeyValue, TxnOp } from '../MetadataStore.js';
import type { EtcdKeyspace } from './EtcdKeyspace.js';

/**
 * "The key is at `version`" as an etcd compare: version is mod_revision; 0 (absent) is
 * create_revision == 0, which holds exactly for a key that does not exist.
 */
export function versionIs(keyspace: EtcdKeyspace, key: string, version: number): ICompare {
  const etcdKey = keyspace.key(key);
  if (version === 0) return { key: etcdKey, target: 'Create', result: 'Equal', create_revision: 0 };
  return { key: etcdKey, target: 'Mod', result: 'Equal', mod_revision: version };
}

/** A transaction op as an etcd request; `lease` binds a put to a session's lease ('0': none). */
export function requestOp(keyspace: EtcdKeyspace, op: TxnOp, lease: string): IRequestOp {
  const key = keyspace.key(op.key);
  if (op.type === 'get') return { request_range: { key } };
  if (op.type === 'delete') return { request_delete_range: { key } };
  return { request_put: { key, value: Buffer.from(op.value), lease } };
}

/** The key a range response found, if any. */
export function foundKeyValue(keyspace: EtcdKeyspace, response: IResponseOp | undefined): KeyValue | undefined {
  const kv = response?.response_range?.kvs[0];
  return kv === undefined ? undefined : keyspace.keyValue(kv);
}
