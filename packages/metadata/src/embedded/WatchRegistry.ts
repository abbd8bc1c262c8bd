import type { WatchEvent } from '../MetadataStore.js';
import type { KeyChange } from './StoredRecord.js';
import { WatchStream } from '../WatchStream.js';

/**
 * The open watches of a store. A watch receives every committed change under its prefix from the
 * moment it opens, in revision order and, within one write, in the write's order. A delete event
 * carries the revision of the delete. Each watch gets its own copy of a value.
 */
export class WatchRegistry {
  readonly #streams = new Set<WatchStream>();

  open(prefix: string, signal: AbortSignal | undefined): WatchStream {
    const endOnAbort = () => stream.end();
    const stream = new WatchStream(prefix, (ended) => {
      this.#streams.delete(ended);
      signal?.removeEventListener('abort', endOnAbort);
    });
    if (signal?.aborted) {
      stream.end();
      return stream;
    }
    this.#streams.add(stream);
    signal?.addEventListener('abort', endOnAbort, { once: true });
    return stream;
  }

  publish(revision: number, changes: readonly KeyChange[]): void {
    for (const stream of this.#streams) {
      for (const { key, record } of changes) {
        if (!key.startsWith(stream.prefix)) continue;
        stream.offer(toWatchEvent(key, record, revision));
      }
    }
  }

  endAll(): void {
    for (const stream of [...this.#streams]) stream.end();
  }
}

function toWatchEvent(key: string, record: KeyChange['record'], revision: number): WatchEvent {
  if (record === undefined) return { type: 'delete', key, version: revision };
  return { type: 'put', key, value: Buffer.from(record.value), version: record.version };
}
