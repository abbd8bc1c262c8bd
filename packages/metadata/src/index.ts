export { EmbeddedMetadataStore } from './EmbeddedMetadataStore.js';
export type { EmbeddedMetadataStoreOptions } from './EmbeddedMetadataStore.js';
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
