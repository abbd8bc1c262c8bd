import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ComponentStack } from './ComponentStack.js';

describe('ComponentStack', () => {
  it('closes components in reverse order, once', async () => {
    const closed: string[] = [];
    const stack = new ComponentStack('test', pino({ level: 'silent' }));
    for (const name of ['metadata', 'bookie', 'broker']) await stack.opened(name, async () => void closed.push(name));
    await Promise.all([stack.close(), stack.close()]);
    expect(closed).toEqual(['broker', 'bookie', 'metadata']);
  });

  it('closes a component that comes up after closing began, and stops the start there', async () => {
    const closed: string[] = [];
    const stack = new ComponentStack('test', pino({ level: 'silent' }));
    await stack.opened('metadata', async () => void closed.push('metadata'));
    const closing = stack.close();
    await expect(stack.opened('broker', async () => void closed.push('broker'))).rejects.toMatchObject({
      code: 'ALREADY_CLOSED',
    });
    await closing;
    expect(closed.sort()).toEqual(['broker', 'metadata']);
  });
});
