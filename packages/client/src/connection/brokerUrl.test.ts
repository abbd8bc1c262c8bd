import { describe, expect, it } from 'vitest';
import { parseBrokerUrl, parseServiceUrl } from './brokerUrl.js';

describe('broker and service URLs', () => {
  it('reads one broker, with the default port', () => {
    expect(parseBrokerUrl('brook://localhost')).toBe('localhost:6650');
    expect(parseServiceUrl('brook://10.0.0.1:7000')).toEqual(['10.0.0.1:7000']);
  });

  it('reads several brokers for lookups, in order', () => {
    expect(parseServiceUrl('brook://a:6650,b:6651,c')).toEqual(['a:6650', 'b:6651', 'c:6650']);
  });

  it('refuses what is not a brook URL with INVALID_CONFIG', () => {
    for (const url of ['http://a:1', 'brook://', 'brook://a:1/path', 'a:6650']) {
      expect(() => parseServiceUrl(url)).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
    }
  });
});
