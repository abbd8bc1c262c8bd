import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { parseBrokerConfig } from '../config.js';
import { applyPolicyChange, effectivePolicies } from './PolicyChange.js';
import { defaultPolicies } from './Policies.js';

const defaults = defaultPolicies(parseBrokerConfig({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 }));

describe('applyPolicyChange', () => {
  it('changes only the fields given, filling the sub-fields not given from the effective value', () => {
    const settings = applyPolicyChange({ messageTtlSeconds: 30 }, { persistence: { ackQuorum: 1 } }, defaults);
    expect(settings).toEqual({
      messageTtlSeconds: 30,
      persistence: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 1 },
    });
    expect(effectivePolicies(defaults, settings)).toEqual({
      ...defaults,
      messageTtlSeconds: 30,
      persistence: { ensembleSize: 3, writeQuorum: 2, ackQuorum: 1 },
    });
  });

  it.each([
    [{ retention: { sizeMb: 1.5 } }, 'retention.sizeMb'],
    [{ backlogQuota: { limitBytes: -5 } }, 'backlogQuota.limitBytes'],
    [{ persistence: { ensembleSize: 0 } }, 'persistence.ensembleSize'],
    [{ persistence: { writeQuorum: 4 } }, 'persistence.writeQuorum'],
    [{ maxProducersPerTopic: -1 }, 'maxProducersPerTopic'],
    [{ maxMessageSize: defaults.maxMessageSize + 1 }, 'maxMessageSize'],
  ])('refuses %j naming %s', (change, field) => {
    let error: unknown;
    try {
      applyPolicyChange({}, change, defaults);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BrookError);
    expect(error).toMatchObject({
      code: ErrorCode.InvalidArgument,
      message: expect.stringMatching(new RegExp(`^${field} `)),
    });
  });

  it('accepts -1 and 0 as retention and backlog limits', () => {
    const settings = applyPolicyChange(
      {},
      { retention: { timeMinutes: -1, sizeMb: 0 }, backlogQuota: { limitBytes: -1, limitTimeSeconds: 0 } },
      defaults,
    );
    expect(settings.retention).toEqual({ timeMinutes: -1, sizeMb: 0 });
  });
});
