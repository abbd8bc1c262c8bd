import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import type { MetadataStore } from '../../MetadataStore.js';

export interface OpenedMetadataStore {
  store: MetadataStore;
  /** Opens another instance on the same data. The suite closes the previous instance first. */
  reopen?: () => Promise<MetadataStore>;
}

export type MetadataStoreFactory = () => Promise<OpenedMetadataStore>;

/**
 * What each conformance test works with: a store fresh from the factory, and a key root no other
 * test uses, so that stores sharing one backend (an etcd cluster) keep tests apart. Every instance
 * opened during a test is closed after it.
 */
export class ConformanceHarness {
  readonly #factory: MetadataStoreFactory;
  #opened: OpenedMetadataStore | undefined;
  #current: MetadataStore | undefined;
  #instances: MetadataStore[] = [];
  #root = '';

  constructor(factory: MetadataStoreFactory) {
    this.#factory = factory;
  }

  install(): void {
    beforeEach(async () => {
      this.#opened = await this.#factory();
      this.#current = this.#opened.store;
      this.#instances = [this.#current];
      this.#root = `/conformance/${randomUUID()}`;
    });
    afterEach(async () => {
      await Promise.all(this.#instances.map((instance) => instance.close()));
      this.#instances = [];
    });
  }

  /** Whether the factory's stores can be reopened; asks the factory once, while tests are collected. */
  async offersReopen(): Promise<boolean> {
    const probe = await this.#factory();
    await probe.store.close();
    return probe.reopen !== undefined;
  }

  get store(): MetadataStore {
    if (this.#current === undefined) throw new Error('the store exists only while a test runs');
    return this.#current;
  }

  /** `path` (starting with '/') under this test's own root. */
  key(path: string): string {
    return `${this.#root}${path}`;
  }

  async reopen(): Promise<MetadataStore> {
    const reopen = this.#opened?.reopen;
    if (reopen === undefined) throw new Error('the factory offers no reopen');
    await this.store.close();
    this.#current = await reopen();
    this.#instances.push(this.#current);
    return this.#current;
  }
}
