import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { parseTopicPattern, parseTopicSelection } from './TopicSelection.js';

describe('topic patterns', () => {
  it('takes the namespace literally and matches the whole topic name', () => {
    const p = parseTopicPattern('acme/prod/orders-.*');
    expect(p.namespace).toBe('acme/prod');
    expect(p.regex.test('orders-eu')).toBe(true);
    expect(p.regex.test('old-orders-eu')).toBe(false);
    expect(parseTopicPattern('persistent://acme/prod/x|y').regex.test('y')).toBe(true);
    expect(parseTopicPattern('orders-.*').namespace).toBe('public/default');
  });

  it('accepts a RegExp with its flags, escaped slashes included', () => {
    const p = parseTopicPattern(/acme\/prod\/ORDERS-\d+/i);
    expect(p.namespace).toBe('acme/prod');
    expect(p.regex.test('orders-12')).toBe(true);
    expect(p.regex.test('orders-x')).toBe(false);
    const sticky = parseTopicPattern(/a.*/g);
    expect([sticky.regex.test('ab'), sticky.regex.test('ab')]).toEqual([true, true]);
  });

  it('refuses malformed patterns and ambiguous selections with INVALID_CONFIG', () => {
    for (const bad of ['acme/x', 'a b/ns/x', '(', 42]) {
      expect(() => parseTopicPattern(bad)).toThrow(expect.objectContaining({ code: ErrorCode.InvalidConfig }));
    }
    for (const bad of [{}, { topic: 'a', topics: ['b'] }, { topics: [] }, { topicsPattern: 'x', topic: 'y' }]) {
      expect(() => parseTopicSelection(bad)).toThrow(expect.objectContaining({ code: ErrorCode.InvalidConfig }));
    }
  });

  it('reads topic lists without duplicates', () => {
    const s = parseTopicSelection({ topics: ['a', 'public/default/a', 'b'] });
    expect(s.kind === 'topics' && s.topics.map((t) => t.full)).toEqual(['public/default/a', 'public/default/b']);
  });
});
