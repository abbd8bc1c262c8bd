import { BrookError, ErrorCode } from '@brook/protocol';
import type { Transaction, TxnOp } from './MetadataStore.js';

export function requireKey(key: string): void {
  if (typeof key !== 'string' || key === '') throw invalid('a key must be a non-empty string');
}

export function requirePrefix(prefix: string): void {
  if (typeof prefix !== 'string') throw invalid('a prefix must be a string');
}

export function requireVersion(version: number, field: string): void {
  if (!Number.isSafeInteger(version) || version < 0) throw invalid(`${field} must be an integer >= 0, got ${version}`);
}

export function requireTtl(ttlMs: number | undefined): void {
  if (ttlMs !== undefined && !(Number.isFinite(ttlMs) && ttlMs > 0)) throw invalid(`ttlMs must be > 0, got ${ttlMs}`);
}

export function requireValue(value: Uint8Array): void {
  if (!(value instanceof Uint8Array)) throw invalid('a value must be a Uint8Array');
}

/** As etcd: compared and touched keys must be valid, and a branch may write each key once. */
export function requireValidTransaction(txn: Transaction): void {
  for (const compare of txn.if) {
    requireKey(compare.key);
    requireVersion(compare.version, `the version compared for ${compare.key}`);
  }
  requireValidBranch(txn.then);
  requireValidBranch(txn.else ?? []);
}

function requireValidBranch(ops: readonly TxnOp[]): void {
  const written = new Set<string>();
  for (const op of ops) {
    requireKey(op.key);
    if (op.type === 'get') continue;
    if (op.type === 'put') requireValue(op.value);
    if (written.has(op.key)) throw invalid(`a transaction branch writes ${op.key} twice`);
    written.add(op.key);
  }
}

function invalid(message: string): BrookError {
  return new BrookError(ErrorCode.InvalidArgument, message);
}
