import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { parseConsumerConfig } from '../ConsumerConfig.js';
import { withDeadLetterTopic } from './RedeliveryConfig.js';

const base = { topic: 'orders', subscription: 'billing' };

describe('redelivery options', () => {
  it('defaults as Pulsar: ack timeout off, nacks redelivered after a minute, no dead-letter topic', () => {
    expect(parseConsumerConfig(base).redelivery).toEqual({
      ackTimeoutMs: 0,
      nackRedeliveryDelayMs: 60_000,
      deadLetter: undefined,
    });
  });

  it('refuses an ack timeout under a second, and a dead-letter policy without maxRedeliverCount', () => {
    for (const bad of [
      { ackTimeoutMs: 999 },
      { ackTimeoutMs: -1 },
      { nackRedeliveryDelayMs: -5 },
      { deadLetter: {} },
      { deadLetter: { maxRedeliverCount: 0 } },
      { deadLetter: { maxRedeliverCount: 3, topic: 5 } },
    ]) {
      expect(() => parseConsumerConfig({ ...base, ...bad })).toThrowError(
        expect.objectContaining({ code: ErrorCode.InvalidConfig }),
      );
    }
    expect(() => parseConsumerConfig({ ...base, deadLetter: { maxRedeliverCount: 1, topic: 'a/b' } })).toThrowError(
      expect.objectContaining({ code: ErrorCode.InvalidTopicName }),
    );
  });

  it('names the dead-letter topic <topic>-<subscription>-DLQ unless given', () => {
    const config = parseConsumerConfig({ ...base, ackTimeoutMs: 1000, deadLetter: { maxRedeliverCount: 3 } });
    expect(config.redelivery.ackTimeoutMs).toBe(1000);
    const named = withDeadLetterTopic(config, config.topic);
    expect(named.redelivery.deadLetter).toEqual({
      maxRedeliverCount: 3,
      topic: 'public/default/orders-billing-DLQ',
    });
    const given = parseConsumerConfig({ ...base, deadLetter: { maxRedeliverCount: 3, topic: 'dead' } });
    expect(withDeadLetterTopic(given, given.topic).redelivery.deadLetter?.topic).toBe('public/default/dead');
  });
});
