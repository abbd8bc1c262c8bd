import { randomUUID } from 'node:crypto';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { Session } from '../MetadataStore.js';

/**
 * A session of an embedded store. It lives as long as the process that created it, until closed:
 * there is no remote peer whose silence could expire it, so the TTL is not used. `close()` aborts
 * the signal at once, then asks the store to delete the session's keys; it is idempotent and
 * shared between concurrent callers.
 */
export class EmbeddedSession implements Session {
  readonly id = randomUUID();
  readonly #controller = new AbortController();
  readonly #deleteKeys: (session: EmbeddedSession) => Promise<void>;
  #closing: Promise<void> | undefined;

  constructor(deleteKeys: (session: EmbeddedSession) => Promise<void>) {
    this.#deleteKeys = deleteKeys;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get ended(): boolean {
    return this.#controller.signal.aborted;
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  /** Marks the session lost without deleting its keys (the store deletes them itself). */
  end(why: string): void {
    if (this.ended) return;
    this.#controller.abort(new BrookError(ErrorCode.SessionExpired, `session ${this.id} ${why}`));
  }

  async #close(): Promise<void> {
    this.end('was closed');
    await this.#deleteKeys(this);
  }
}
