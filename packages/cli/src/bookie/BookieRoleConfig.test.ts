import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { loadBookieRoleConfig, parseMetadataUrl } from '../config.js';

describe('brook bookie configuration', () => {
  it('defaults to a local etcd, ports 3181/8000, and the bound port as advertised port', () => {
    const config = loadBookieRoleConfig({}, {});
    expect(config.metadata).toEqual({ endpoints: ['http://127.0.0.1:2379'], prefix: '' });
    expect(config.bookie.grpc.port).toBe(3181);
    expect(config.http.port).toBe(8000);
    expect(config.advertised).toEqual({ host: undefined, port: undefined });
    expect(config.bookie.journalDir).toMatch(/data\/bookie\/journal$/);
    expect(config.registration.ttlMs).toBe(10_000);
  });

  it('takes flags over BROOK_* environment', () => {
    const env = { BROOK_METADATA_URL: 'etcd://e1:2379', BROOK_BOOKIE_PORT: '4000', BROOK_ADVERTISED_ADDRESS: 'b-0' };
    const config = loadBookieRoleConfig({ port: 0, advertisedAddress: 'b-1.bookies:3181', dataDir: '/d' }, env);
    expect(config.metadata.endpoints).toEqual(['http://e1:2379']);
    expect(config.bookie.grpc.port).toBe(0);
    expect(config.advertised).toEqual({ host: 'b-1.bookies', port: 3181 });
    expect(config.bookie.ledgerDir).toBe('/d/bookie/ledgers');
  });

  it('reads several etcd endpoints and a key prefix from the metadata URL', () => {
    expect(parseMetadataUrl('etcds://a:2379,[::1]:2380/brook-1/')).toEqual({
      endpoints: ['https://a:2379', 'https://[::1]:2380'],
      prefix: '/brook-1',
    });
  });

  it('names the offending setting', () => {
    const bad =
      (flags: object, env: NodeJS.ProcessEnv = {}) =>
      () =>
        loadBookieRoleConfig(flags, env);
    const invalid = (pattern: RegExp) =>
      expect.objectContaining({ code: ErrorCode.InvalidConfig, message: expect.stringMatching(pattern) });
    expect(bad({ metadataUrl: 'http://a:2379' })).toThrow(invalid(/--metadata-url/));
    expect(bad({ advertisedAddress: 'a:b:c' })).toThrow(invalid(/--advertised-address/));
    expect(bad({}, { BROOK_BOOKIE_PORT: 'x' })).toThrow(invalid(/BROOK_BOOKIE_PORT/));
    expect(bad({ port: 70_000 })).toThrow(invalid(/grpc\.port/));
  });
});
