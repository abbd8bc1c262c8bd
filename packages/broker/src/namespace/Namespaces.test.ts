import { EmbeddedMetadataStore, type MetadataStore, type Transaction } from '@brook/metadata';
import { ErrorCode, parseTopicName } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBrokerConfig } from '../config.js';
import { TopicStore } from '../topic/TopicStore.js';
import { NamespaceStore } from './NamespaceStore.js';
import { Namespaces } from './Namespaces.js';
import { defaultPolicies } from './Policies.js';
import { TenantStore } from './TenantStore.js';

/** The embedded store, with a hook run right after each successful transaction: the other racer's move. */
function withHook(store: EmbeddedMetadataStore, after: (txn: Transaction) => Promise<void>): MetadataStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'txn') {
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (txn: Transaction) => {
        const result = await target.txn(txn);
        if (result.succeeded) await after(txn);
        return result;
      };
    },
  });
}

describe('Namespaces', () => {
  let metadata: EmbeddedMetadataStore;
  let racer: ((txn: Transaction) => Promise<void>) | undefined;
  let namespaces: Namespaces;
  let topics: TopicStore;

  beforeEach(async () => {
    metadata = await EmbeddedMetadataStore.open();
    racer = undefined;
    const store = withHook(metadata, async (txn) => {
      const move = racer;
      racer = undefined; // once
      await move?.(txn);
    });
    topics = new TopicStore(store);
    namespaces = new Namespaces({
      tenants: new TenantStore(store),
      namespaces: new NamespaceStore(store),
      topics,
      defaults: defaultPolicies(parseBrokerConfig({})),
    });
    await namespaces.ensureDefaults();
    await namespaces.createTenant('acme');
    await namespaces.createNamespace('acme/prod');
  });

  afterEach(async () => {
    await metadata.close();
  });

  const record = { partitions: 0, createdAt: 1 };

  it('ensureDefaults is create-if-absent: a second broker changes nothing', async () => {
    await namespaces.setPolicies('public/default', { messageTtlSeconds: 9 });
    await namespaces.ensureDefaults();
    expect((await namespaces.getPolicies('public/default')).own).toEqual({ messageTtlSeconds: 9 });
  });

  it('creates a topic only in an existing namespace', async () => {
    await expect(namespaces.createTopic(parseTopicName('acme/none/t'), record)).rejects.toMatchObject({
      code: ErrorCode.NamespaceNotFound,
    });
    expect(await namespaces.createTopic(parseTopicName('acme/prod/t'), record)).toBe(true);
    expect(await namespaces.createTopic(parseTopicName('acme/prod/t'), record)).toBe(false);
  });

  it('undoes a topic whose namespace was deleted right after the topic was written', async () => {
    racer = async () => {
      await metadata.delete('/brook/namespaces/acme/prod');
    };
    await expect(namespaces.createTopic(parseTopicName('acme/prod/t'), record)).rejects.toMatchObject({
      code: ErrorCode.NamespaceNotFound,
    });
    expect(await topics.list('acme/prod')).toEqual([]);
  });

  it('restores a namespace that got a topic right after it was deleted, and refuses the delete', async () => {
    await namespaces.setPolicies('acme/prod', { maxProducersPerTopic: 4 });
    racer = async (txn) => {
      if (txn.then[0]?.type === 'delete') await topics.create(parseTopicName('acme/prod/late'), record);
    };
    await expect(namespaces.deleteNamespace('acme/prod')).rejects.toMatchObject({ code: ErrorCode.NamespaceNotEmpty });
    expect((await namespaces.getPolicies('acme/prod')).own).toEqual({ maxProducersPerTopic: 4 });
  });

  it('restores a tenant that got a namespace right after it was deleted, and refuses the delete', async () => {
    await namespaces.createTenant('solo', ['ops']);
    racer = async (txn) => {
      if (txn.then[0]?.type === 'delete') await new NamespaceStore(metadata).create('solo/late', {});
    };
    await expect(namespaces.deleteTenant('solo')).rejects.toMatchObject({ code: ErrorCode.TenantNotEmpty });
    expect((await namespaces.getTenant('solo')).adminRoles).toEqual(['ops']);
  });

  it('undoes a namespace whose tenant was deleted right after the namespace was written', async () => {
    await namespaces.createTenant('short');
    racer = async () => {
      await metadata.delete('/brook/tenants/short');
    };
    await expect(namespaces.createNamespace('short/lived')).rejects.toMatchObject({ code: ErrorCode.TenantNotFound });
    expect(await new NamespaceStore(metadata).list('short')).toEqual([]);
  });

  it('validates names, naming the field', async () => {
    await expect(namespaces.createTenant('')).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
      message: expect.stringMatching(/^tenant: /),
    });
    await expect(namespaces.getPolicies('a/b/c')).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
      message: expect.stringMatching(/^namespace: /),
    });
  });
});
