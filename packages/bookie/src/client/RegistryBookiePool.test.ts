import { ErrorCode } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbeddedMetadataStore } from '../../../metadata/src/EmbeddedMetadataStore.js';
import { type BookieInfo, bookieKey, encodeBookieInfo } from '../registration/BookieInfo.js';
import { RegistryBookiePool } from './RegistryBookiePool.js';

const info = (id: string, state: BookieInfo['state'] = 'writable'): BookieInfo => ({
  id,
  address: id,
  state,
  disk: { totalBytes: 100, freeBytes: 50 },
  updatedAt: Date.now(),
});

describe('RegistryBookiePool', () => {
  let metadata: EmbeddedMetadataStore;
  let pool: RegistryBookiePool;
  const register = (bookie: BookieInfo) => metadata.put(bookieKey(bookie.id), encodeBookieInfo(bookie));
  const writable = async () => (await pool.writableBookies()).sort();

  beforeEach(async () => {
    metadata = await EmbeddedMetadataStore.open({});
    pool = new RegistryBookiePool({ metadata });
  });
  afterEach(async () => {
    await pool.close();
    await metadata.close();
  });

  it('lists the registered bookies, then follows joins, state changes and departures', async () => {
    await register(info('10.0.0.1:3181'));
    await register(info('10.0.0.2:3181'));
    await pool.start();
    expect(await writable()).toEqual(['10.0.0.1:3181', '10.0.0.2:3181']);

    await register(info('10.0.0.3:3181'));
    await register(info('10.0.0.1:3181', 'readonly'));
    await metadata.delete(bookieKey('10.0.0.2:3181'));
    await vi.waitFor(async () => expect(await writable()).toEqual(['10.0.0.3:3181']));
    expect(pool.registeredBookies().map((bookie) => `${bookie.id} ${bookie.state}`)).toEqual([
      '10.0.0.1:3181 readonly',
      '10.0.0.3:3181 writable',
    ]);
  });

  it('starts on first use and ignores records it cannot read', async () => {
    await register(info('10.0.0.1:3181'));
    await metadata.put(bookieKey('garbage'), Buffer.from('not json'));
    await metadata.put(bookieKey('10.0.0.9:3181'), Buffer.from(JSON.stringify({ id: '10.0.0.9:3181' })));
    expect(await writable()).toEqual(['10.0.0.1:3181']);
  });

  it('keeps one client per bookie, also for a bookie that left the registry, and closes them on close', async () => {
    await register(info('127.0.0.1:1'));
    await pool.start();
    const client = pool.client('127.0.0.1:1');
    expect(client.id).toBe('127.0.0.1:1');
    await metadata.delete(bookieKey('127.0.0.1:1'));
    await vi.waitFor(async () => expect(await writable()).toEqual([]));
    expect(pool.client('127.0.0.1:1')).toBe(client);
    await expect(client.readLac(1)).rejects.toMatchObject({ code: ErrorCode.Unavailable });

    await Promise.all([pool.close(), pool.close()]);
    await expect(client.readLac(1)).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
    expect(() => pool.client('127.0.0.1:1')).toThrow(expect.objectContaining({ code: ErrorCode.AlreadyClosed }));
    await expect(pool.writableBookies()).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
  });
});
