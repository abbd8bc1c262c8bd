import { EmbeddedMetadataStore } from '@brook/metadata';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBrokerConfig } from '../config.js';
import { NamespaceStore } from './NamespaceStore.js';
import { defaultPolicies, type Policies } from './Policies.js';
import { StorePolicySource } from './StorePolicySource.js';

const defaults = defaultPolicies(parseBrokerConfig({}));

/** Collects what a listener hears; `next()` resolves with the next notification. */
function recorder() {
  const heard: Policies[] = [];
  let wake: (() => void) | undefined;
  return {
    heard,
    listener: (policies: Policies) => {
      heard.push(policies);
      wake?.();
    },
    async until(count: number): Promise<Policies[]> {
      while (heard.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return heard;
    },
  };
}

describe('StorePolicySource', () => {
  let metadata: EmbeddedMetadataStore;
  let namespaces: NamespaceStore;
  let source: StorePolicySource;

  beforeEach(async () => {
    metadata = await EmbeddedMetadataStore.open();
    namespaces = new NamespaceStore(metadata);
    source = new StorePolicySource(namespaces, defaults, pino({ level: 'silent' }));
  });

  afterEach(async () => {
    await source.close();
    await metadata.close();
  });

  const settle = async (namespace: string, change: Parameters<NamespaceStore['create']>[1]) => {
    const found = await namespaces.get(namespace);
    if (found) await namespaces.write(namespace, change, found.version);
    else await namespaces.create(namespace, change);
  };

  it("gives the namespace's own settings over the broker's defaults", async () => {
    expect(await source.get('t/none')).toEqual(defaults);
    await namespaces.create('t/ns', {
      maxMessageSize: 1024,
      persistence: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 },
    });
    expect(await source.get('t/ns')).toEqual({
      ...defaults,
      maxMessageSize: 1024,
      persistence: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 },
    });
  });

  it('tells listeners of every change to their namespace, in order, and of a deletion as the defaults', async () => {
    await namespaces.create('t/ns', {});
    const r = recorder();
    source.watch('t/ns', r.listener);
    await r.until(1); // the read that closes the gap between get and watch
    await settle('t/ns', { deduplication: false });
    await settle('t/ns', { deduplication: false, maxProducersPerTopic: 2 });
    await settle('t/other', { maxProducersPerTopic: 9 });
    const found = await namespaces.get('t/ns');
    await namespaces.delete('t/ns', found?.version ?? 0);
    const heard = await r.until(4);
    expect(heard.map((p) => [p.deduplication, p.maxProducersPerTopic])).toEqual([
      [defaults.deduplication, 0],
      [false, 0],
      [false, 2],
      [defaults.deduplication, 0],
    ]);
  });

  it('does not miss a change made between get and watch', async () => {
    await namespaces.create('t/ns', {});
    const loaded = await source.get('t/ns');
    await settle('t/ns', { maxConsumersPerTopic: 7 });
    const r = recorder();
    source.watch('t/ns', r.listener);
    expect(loaded.maxConsumersPerTopic).toBe(0);
    expect((await r.until(1)).at(-1)?.maxConsumersPerTopic).toBe(7);
  });

  it('stops telling a listener once it unsubscribed, while others still hear', async () => {
    await namespaces.create('t/ns', {});
    const gone = recorder();
    const stays = recorder();
    const unsubscribe = source.watch('t/ns', gone.listener);
    source.watch('t/ns', stays.listener);
    await gone.until(1);
    await stays.until(1);
    unsubscribe();
    await settle('t/ns', { messageTtlSeconds: 5 });
    expect((await stays.until(2)).at(-1)?.messageTtlSeconds).toBe(5);
    expect(gone.heard).toHaveLength(1);
  });

  it('close ends the watch and is idempotent', async () => {
    const closed = recorder();
    source.watch('t/ns', closed.listener);
    await closed.until(1);
    await Promise.all([source.close(), source.close()]);
    const open = new StorePolicySource(namespaces, defaults, pino({ level: 'silent' }));
    const witness = recorder();
    open.watch('t/ns', witness.listener);
    await witness.until(1);
    await namespaces.create('t/ns', { messageTtlSeconds: 1 });
    expect((await witness.until(2)).at(-1)?.messageTtlSeconds).toBe(1);
    expect(closed.heard).toHaveLength(1);
    await open.close();
  });
});
