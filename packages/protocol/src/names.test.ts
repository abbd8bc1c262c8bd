import { describe, expect, it } from 'vitest';
import { ErrorCode } from './errors.js';
import { parseTopicName, partitionTopicName, validateSubscriptionName } from './names.js';

describe('topic names', () => {
  it('expands a bare name to public/default', () => {
    expect(parseTopicName('orders')).toMatchObject({
      tenant: 'public',
      namespace: 'default',
      local: 'orders',
      full: 'public/default/orders',
      partition: -1,
    });
  });

  it('accepts tenant/namespace/topic and the persistent:// prefix', () => {
    expect(parseTopicName('persistent://acme/billing/invoices.v2').full).toBe('acme/billing/invoices.v2');
  });

  it('recognises partitions', () => {
    const base = parseTopicName('orders');
    expect(parseTopicName(partitionTopicName(base, 3)).partition).toBe(3);
  });

  it.each(['', 'a b', 'a/b', '../x', '-x', 'x/y/z/w', 'é', 'x'.repeat(256)])(
    'rejects %j with INVALID_TOPIC_NAME',
    (name) => {
      expect(() => parseTopicName(name)).toThrow(expect.objectContaining({ code: ErrorCode.InvalidTopicName }));
    },
  );

  it('validates subscription names', () => {
    expect(validateSubscriptionName('audit-1')).toBe('audit-1');
    expect(() => validateSubscriptionName('a/b')).toThrow(expect.objectContaining({ code: ErrorCode.InvalidArgument }));
  });
});
