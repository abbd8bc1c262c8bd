export { EmbeddedMetadataStore } from './EmbeddedMetadataStore.js';
export type { EmbeddedMetadataStoreOptions } from './EmbeddedMetadataStore.js';
export { EtcdMetadataStore } from './EtcdMetadataStore.js';
export type { EtcdMetadataStoreOptions } from './EtcdMetadataStore.js';
export type {
  KeyValue,
  MetadataStore,
  PutOptions,
  Session,
  Transaction,
  TxnCompare,
  TxnOp,
  TxnResult,
  WatchEvent,
} from './MetadataStore.js';
