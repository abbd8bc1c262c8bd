import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { decodeSettings, type NamespaceSettings, NamespaceStore } from './NamespaceStore.js';
import { effectivePolicies } from './PolicyChange.js';
import type { Policies, PolicySource } from './Policies.js';

type Listener = (policies: Policies) => void;

const RETRY_INITIAL_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * Policies from the namespace records of the metadata store: a namespace's own settings over the
 * broker's defaults. One watch over every namespace record (opened with the first listener) keeps
 * loaded topics current; a namespace nobody listens to costs nothing.
 *
 * Rules: a listener hears changes in store order. Each namespace remembers the version it last
 * applied, so a stale read (the one that closes the gap between a topic's `get` and its `watch`,
 * or a re-read after the watch broke) never overwrites a newer change.
 */
export class StorePolicySource implements PolicySource {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Per namespace with listeners: the store version of the settings last handed to them. */
  private readonly applied = new Map<string, number>();
  private readonly closed = new AbortController();
  private following: Promise<void> | undefined;

  constructor(
    private readonly namespaces: NamespaceStore,
    private readonly defaults: Policies,
    private readonly logger: Logger,
  ) {}

  async get(namespace: string): Promise<Policies> {
    return effectivePolicies(this.defaults, (await this.namespaces.get(namespace))?.settings);
  }

  watch(namespace: string, listener: Listener): () => void {
    if (this.closed.signal.aborted) return () => {};
    let set = this.listeners.get(namespace);
    if (!set) {
      set = new Set();
      this.listeners.set(namespace, set);
    }
    set.add(listener);
    this.following ??= this.follow();
    // A change between the caller's get and the watch's start would otherwise be missed.
    void this.refresh(namespace);
    return () => {
      const current = this.listeners.get(namespace);
      current?.delete(listener);
      if (current?.size === 0) {
        this.listeners.delete(namespace);
        this.applied.delete(namespace);
      }
    };
  }

  /** Ends the watch. Idempotent. */
  async close(): Promise<void> {
    this.closed.abort();
    await this.following;
  }

  /** Follows the namespace records until closed; a broken watch is opened again (with backoff) and re-read. */
  private async follow(): Promise<void> {
    let delay = RETRY_INITIAL_MS;
    for (let first = true; !this.closed.signal.aborted; first = false) {
      try {
        // Opened synchronously on the first call, before watch() reads the namespace.
        const watch = this.namespaces.watch(this.closed.signal);
        if (!first) for (const namespace of this.listeners.keys()) void this.refresh(namespace);
        for await (const event of watch) {
          delay = RETRY_INITIAL_MS;
          const namespace = NamespaceStore.namespaceOfKey(event.key);
          const settings = event.type === 'put' ? decodeSettings(event.value) : undefined;
          this.apply(namespace, event.version, settings);
        }
      } catch (err) {
        if (!this.closed.signal.aborted) this.logger.warn({ err, retryInMs: delay }, 'namespace policy watch failed');
      }
      await sleep(delay, undefined, { signal: this.closed.signal }).catch(() => undefined);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    }
  }

  /** Reads the namespace and hands its policies on, unless a newer version was already applied. */
  private async refresh(namespace: string): Promise<void> {
    try {
      const found = await this.namespaces.get(namespace);
      this.apply(namespace, found?.version ?? 0, found?.settings);
    } catch (err) {
      this.logger.warn({ err, namespace }, 'reading namespace policies failed');
    }
  }

  private apply(namespace: string, version: number, settings: NamespaceSettings | undefined): void {
    const set = this.listeners.get(namespace);
    if (!set) return;
    if (version <= (this.applied.get(namespace) ?? -1)) return;
    this.applied.set(namespace, version);
    const policies = effectivePolicies(this.defaults, settings);
    for (const listener of [...set]) listener(policies);
  }
}
