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
