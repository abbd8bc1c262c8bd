import type { MetadataStore, WatchEvent } from '@brook/metadata';
import type { Policies } from './Policies.js';

/** What a namespace sets itself, at `/brook/namespaces/<tenant>/<namespace>` as JSON; absent fields follow the defaults. */
export type NamespaceSettings = Partial<Policies>;

export interface VersionedSettings {
  settings: NamespaceSettings;
  version: number;
}

export const NAMESPACES_PREFIX = '/brook/namespaces/';

/** Namespace records: their existence and their own policy settings. */
export class NamespaceStore {
  constructor(private readonly store: MetadataStore) {}

  /** `namespace` is `tenant/namespace`. */
  async get(namespace: string): Promise<VersionedSettings | undefined> {
    const kv = await this.store.get(NAMESPACES_PREFIX + namespace);
    return kv ? { settings: decodeSettings(kv.value), version: kv.version } : undefined;
  }

  async exists(namespace: string): Promise<boolean> {
    return (await this.store.get(NAMESPACES_PREFIX + namespace)) !== undefined;
  }

  /** Creates the record if absent; returns false if the namespace already existed. */
  async create(namespace: string, settings: NamespaceSettings): Promise<boolean> {
    const key = NAMESPACES_PREFIX + namespace;
    const result = await this.store.txn({
      if: [{ key, version: 0 }],
      then: [{ type: 'put', key, value: encodeSettings(settings) }],
    });
    return result.succeeded;
  }

  /** Writes the settings if the record is still at `version`; returns the new version, or undefined if it changed. */
  async write(namespace: string, settings: NamespaceSettings, version: number): Promise<number | undefined> {
    const key = NAMESPACES_PREFIX + namespace;
    const result = await this.store.txn({
      if: [{ key, version }],
      then: [{ type: 'put', key, value: encodeSettings(settings) }],
    });
    return result.succeeded ? result.revision : undefined;
  }

  /** Deletes the record if it is still at `version`; returns false if it changed or vanished. */
  async delete(namespace: string, version: number): Promise<boolean> {
    const key = NAMESPACES_PREFIX + namespace;
    const result = await this.store.txn({ if: [{ key, version }], then: [{ type: 'delete', key }] });
    return result.succeeded;
  }

  /** The namespaces of `tenant` (`tenant/namespace`), sorted. */
  async list(tenant: string): Promise<string[]> {
    return (await this.store.list(`${NAMESPACES_PREFIX}${tenant}/`)).map((kv) =>
      kv.key.slice(NAMESPACES_PREFIX.length),
    );
  }

  /** Every change to any namespace record from now on, as (namespace, settings or undefined when deleted, version). */
  watch(signal: AbortSignal): AsyncIterable<WatchEvent> {
    return this.store.watch(NAMESPACES_PREFIX, { signal });
  }

  /** The namespace a watched key belongs to. */
  static namespaceOfKey(key: string): string {
    return key.slice(NAMESPACES_PREFIX.length);
  }
}

export function decodeSettings(value: Buffer): NamespaceSettings {
  return JSON.parse(value.toString('utf8')) as NamespaceSettings;
}

function encodeSettings(settings: NamespaceSettings): Buffer {
  return Buffer.from(JSON.stringify(settings));
}
