import type { SortedKeyspace } from './SortedKeyspace.js';
import type { KeyChange, StoredRecord } from './StoredRecord.js';

/**
 * The changes of one write (a put, a delete, a transaction branch, the end of sessions) before it
 * commits. They all carry the same revision, the store's next one; reads through the staged write
 * see its earlier changes. A write that changes nothing consumes no revision.
 */
export class StagedWrite {
  readonly #keyspace: SortedKeyspace;
  readonly #changes = new Map<string, StoredRecord | undefined>();
  readonly revision: number;

  constructor(keyspace: SortedKeyspace, currentRevision: number) {
    this.#keyspace = keyspace;
    this.revision = currentRevision + 1;
  }

  get(key: string): StoredRecord | undefined {
    return this.#changes.has(key) ? this.#changes.get(key) : this.#keyspace.get(key);
  }

  versionOf(key: string): number {
    return this.get(key)?.version ?? 0;
  }

  put(key: string, value: Buffer, sessionId: string | undefined): void {
    const createVersion = this.get(key)?.createVersion ?? this.revision;
    const record = { value, version: this.revision, createVersion };
    this.#changes.set(key, sessionId === undefined ? record : { ...record, sessionId });
  }

  /** Returns false when the key was absent. */
  delete(key: string): boolean {
    if (this.get(key) === undefined) return false;
    this.#changes.set(key, undefined);
    return true;
  }

  get changes(): KeyChange[] {
    return [...this.#changes].map(([key, record]) => ({ key, record }));
  }

  /** The store's revision once this write has committed. */
  get revisionAfterCommit(): number {
    return this.#changes.size > 0 ? this.revision : this.revision - 1;
  }
}
