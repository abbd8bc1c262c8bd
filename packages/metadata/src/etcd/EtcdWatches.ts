import type { IEvent, Namespace, Watcher } from 'etcd3';
import type { WatchEvent } from '../MetadataStore.js';
import { WatchStream } from '../WatchStream.js';
import type { EtcdKeyspace } from './EtcdKeyspace.js';
import { toMetadataError } from './etcdErrors.js';

/**
 * The open watches of an etcd store, each an etcd3 watcher over a key range, all multiplexed by
 * etcd3 on one gRPC stream. A watcher asks etcd for every change from a given revision on, so no
 * event is lost between `open` and the moment etcd acknowledges the watcher, and after a
 * disconnect etcd3 re-creates it from the revision after the last one it saw. Events of one etcd
 * response arrive in revision order and, within a transaction, in the transaction's order.
 * If etcd cancels a watcher (its start revision was compacted away) the watch fails with an error.
 */
export class EtcdWatches {
  readonly #client: Namespace;
  readonly #keyspace: EtcdKeyspace;
  readonly #open = new Map<WatchStream, Watcher>();
  readonly #cancels = new Set<Promise<void>>();

  constructor(client: Namespace, keyspace: EtcdKeyspace) {
    this.#client = client;
    this.#keyspace = keyspace;
  }

  /** A watch of every change under `prefix` from `fromRevision` on. */
  open(prefix: string, fromRevision: number, signal: AbortSignal | undefined): WatchStream {
    const endOnAbort = () => stream.end();
    const stream = new WatchStream(prefix, (ended) => {
      signal?.removeEventListener('abort', endOnAbort);
      const watcher = this.#open.get(ended);
      this.#open.delete(ended);
      if (watcher !== undefined) this.#cancel(watcher);
    });
    if (signal?.aborted) {
      stream.end();
      return stream;
    }
    // watcher() attaches synchronously, so no handler below can miss an event.
    const range = this.#keyspace.range(prefix);
    const watcher = this.#client
      .watch()
      .inRange({ start: range.key, end: range.range_end })
      .startRevision(String(fromRevision))
      .watcher();
    watcher.on('data', (response) => {
      for (const event of response.events) stream.offer(this.#toWatchEvent(event));
    });
    watcher.on('error', (error) => {
      this.#open.delete(stream); // etcd already dropped the watcher: nothing to cancel
      stream.fail(toMetadataError(error, `watching ${prefix}`));
    });
    this.#open.set(stream, watcher);
    signal?.addEventListener('abort', endOnAbort, { once: true });
    return stream;
  }

  /** Ends every watch and waits, up to `timeoutMs`, for etcd to confirm the cancels. */
  async endAll(timeoutMs: number): Promise<void> {
    for (const stream of [...this.#open.keys()]) stream.end();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.all(this.#cancels), timeout]);
    clearTimeout(timer);
  }

  #cancel(watcher: Watcher): void {
    const cancel = watcher.cancel().catch(() => undefined);
    this.#cancels.add(cancel);
    void cancel.then(() => this.#cancels.delete(cancel));
  }

  #toWatchEvent(event: IEvent): WatchEvent {
    const key = this.#keyspace.storeKey(event.kv.key);
    const version = Number(event.kv.mod_revision);
    if (event.type === 'Delete') return { type: 'delete', key, version };
    return { type: 'put', key, value: Buffer.from(event.kv.value), version };
  }
}
