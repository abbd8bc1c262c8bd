import { parseTopicName } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { Bundles } from './Bundles.js';

describe('Bundles', () => {
  const bundles = new Bundles(4);

  it('splits a namespace into equal hash ranges named as Pulsar names them', () => {
    expect(bundles.all('public/default').map((b) => b.name)).toEqual([
      'public/default/0x00000000_0x40000000',
      'public/default/0x40000000_0x80000000',
      'public/default/0x80000000_0xc0000000',
      'public/default/0xc0000000_0xffffffff',
    ]);
    expect(new Bundles(1).all('t/ns').map((b) => b.name)).toEqual(['t/ns/0x00000000_0xffffffff']);
  });

  it('puts a topic in the bundle whose range holds the CRC32C of its full name, the same every time', () => {
    // Pinned: every broker, of every version, must agree on where a topic lives.
    expect(Bundles.hash('public/default/orders')).toBe(0xc762b06d);
    const bundle = bundles.of(parseTopicName('orders'));
    expect(bundle.name).toBe('public/default/0xc0000000_0xffffffff');
    expect(bundles.of(parseTopicName('persistent://public/default/orders'))).toEqual(bundle);
    const hash = Bundles.hash('public/default/orders');
    expect(hash >= bundle.lower && hash < bundle.upper).toBe(true);
  });

  it('spreads 1,000 topic names over 4 bundles roughly evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const name = bundles.of(parseTopicName(`tenant/ns/topic-${i}`)).name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(counts.size).toBe(4);
    for (const count of counts.values()) expect(count).toBeGreaterThan(200);
    for (const count of counts.values()) expect(count).toBeLessThan(300);
  });

  it('hashes the partitions of one topic independently, so they spread over bundles', () => {
    const names = new Set(
      Array.from({ length: 16 }, (_, i) => bundles.of(parseTopicName(`orders-partition-${i}`)).name),
    );
    expect(names.size).toBeGreaterThan(1);
  });

  it('keeps namespaces apart and covers the whole hash space for any bundle count', () => {
    expect(bundles.of(parseTopicName('a/x/t')).namespace).toBe('a/x');
    const three = new Bundles(3).all('t/ns');
    expect(three[0]?.lower).toBe(0);
    expect(three[2]?.upper).toBe(2 ** 32);
    for (let i = 1; i < three.length; i++) expect(three[i]?.lower).toBe(three[i - 1]?.upper);
  });
});
