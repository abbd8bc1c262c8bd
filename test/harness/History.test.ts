import { describe, expect, it } from 'vitest';
import { History } from './History.js';

describe('History, the fault tests’ checker', () => {
  function sent(history: History, ...values: [key: string, value: string, acked: boolean][]) {
    values.forEach(([key, value, acked], i) => {
      const send = history.send(key, value);
      if (acked) send.acked(i);
      else send.failed();
    });
  }

  it('passes a clean history, where unacknowledged sends may or may not arrive', () => {
    const history = new History();
    sent(history, ['a', 'a1', true], ['b', 'b1', false], ['a', 'a2', true]);
    for (const v of ['a1', 'b1', 'a2']) history.receive('s', v);
    expect(history.check('s')).toEqual({ lost: [], duplicated: [], reordered: [], unknown: [] });
  });

  it('finds lost, duplicated, reordered and unknown messages', () => {
    const history = new History();
    sent(history, ['a', 'a1', true], ['a', 'a2', true], ['b', 'b1', true]);
    for (const v of ['a2', 'a1', 'a2', 'zz']) history.receive('s', v);
    expect(history.check('s')).toEqual({ lost: ['b1'], duplicated: ['a2'], reordered: ['a: a1'], unknown: ['zz'] });
  });
});
