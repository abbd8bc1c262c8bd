import {
  type BacklogQuotaAction,
  BrookError,
  ErrorCode,
  type Policies,
  type PolicyChange,
  type PolicyName,
} from '@brook/protocol';
import type { NamespaceSettings } from './NamespaceStore.js';

export const POLICY_NAMES: readonly PolicyName[] = [
  'retention',
  'messageTtlSeconds',
  'backlogQuota',
  'maxMessageSize',
  'deduplication',
  'persistence',
  'maxProducersPerTopic',
  'maxConsumersPerTopic',
];

export const BACKLOG_QUOTA_ACTIONS: readonly BacklogQuotaAction[] = [
  'producer_request_hold',
  'producer_exception',
  'consumer_backlog_eviction',
];

export function isPolicyName(name: string): name is PolicyName {
  return (POLICY_NAMES as readonly string[]).includes(name);
}

/** The namespace's own settings over the defaults. */
export function effectivePolicies(defaults: Policies, settings: NamespaceSettings | undefined): Policies {
  return { ...defaults, ...settings };
}

/**
 * The settings after `change`, validated as a whole; throws INVALID_ARGUMENT naming the first bad
 * field, so nothing is written. The default maxMessageSize is the broker's own: a namespace may
 * lower it, never raise it (the transport and the client are sized for it).
 */
export function applyPolicyChange(
  settings: NamespaceSettings,
  change: PolicyChange,
  defaults: Policies,
): NamespaceSettings {
  const current = effectivePolicies(defaults, settings);
  const next: NamespaceSettings = { ...settings };
  if (change.retention) next.retention = { ...current.retention, ...definedOnly(change.retention) };
  if (change.messageTtlSeconds !== undefined) next.messageTtlSeconds = change.messageTtlSeconds;
  if (change.backlogQuota) next.backlogQuota = { ...current.backlogQuota, ...definedOnly(change.backlogQuota) };
  if (change.maxMessageSize !== undefined) next.maxMessageSize = change.maxMessageSize;
  if (change.deduplication !== undefined) next.deduplication = change.deduplication;
  if (change.persistence) next.persistence = { ...current.persistence, ...definedOnly(change.persistence) };
  if (change.maxProducersPerTopic !== undefined) next.maxProducersPerTopic = change.maxProducersPerTopic;
  if (change.maxConsumersPerTopic !== undefined) next.maxConsumersPerTopic = change.maxConsumersPerTopic;
  validateSettings(next, defaults.maxMessageSize);
  return next;
}

/** Throws INVALID_ARGUMENT naming the first field that breaks its rule. */
export function validateSettings(settings: NamespaceSettings, maxMessageSizeLimit: number): void {
  const { retention, backlogQuota, persistence } = settings;
  if (retention) {
    limit('retention.timeMinutes', retention.timeMinutes);
    limit('retention.sizeMb', retention.sizeMb);
  }
  if (settings.messageTtlSeconds !== undefined) atLeast('messageTtlSeconds', settings.messageTtlSeconds, 0);
  if (backlogQuota) {
    limit('backlogQuota.limitBytes', backlogQuota.limitBytes);
    limit('backlogQuota.limitTimeSeconds', backlogQuota.limitTimeSeconds);
    if (!BACKLOG_QUOTA_ACTIONS.includes(backlogQuota.action)) {
      throw invalid('backlogQuota.action', `must be one of ${BACKLOG_QUOTA_ACTIONS.join(', ')}`, backlogQuota.action);
    }
  }
  if (settings.maxMessageSize !== undefined) {
    atLeast('maxMessageSize', settings.maxMessageSize, 1);
    if (settings.maxMessageSize > maxMessageSizeLimit) {
      throw invalid(
        'maxMessageSize',
        `must be at most the broker's maxMessageSize (${maxMessageSizeLimit})`,
        settings.maxMessageSize,
      );
    }
  }
  if (settings.deduplication !== undefined && typeof settings.deduplication !== 'boolean') {
    throw invalid('deduplication', 'must be true or false', settings.deduplication);
  }
  if (persistence) {
    atLeast('persistence.ensembleSize', persistence.ensembleSize, 1);
    atLeast('persistence.writeQuorum', persistence.writeQuorum, 1);
    atLeast('persistence.ackQuorum', persistence.ackQuorum, 1);
    if (persistence.writeQuorum > persistence.ensembleSize) {
      throw invalid('persistence.writeQuorum', 'must be at most persistence.ensembleSize', persistence.writeQuorum);
    }
    if (persistence.ackQuorum > persistence.writeQuorum) {
      throw invalid('persistence.ackQuorum', 'must be at most persistence.writeQuorum', persistence.ackQuorum);
    }
  }
  if (settings.maxProducersPerTopic !== undefined) atLeast('maxProducersPerTopic', settings.maxProducersPerTopic, 0);
  if (settings.maxConsumersPerTopic !== undefined) atLeast('maxConsumersPerTopic', settings.maxConsumersPerTopic, 0);
}

/** -1 (no limit), 0 or a positive integer. */
function limit(field: string, value: unknown): void {
  if (!Number.isSafeInteger(value) || (value as number) < -1) {
    throw invalid(field, 'must be -1 (no limit), 0 or a positive integer', value);
  }
}

function atLeast(field: string, value: unknown, min: number): void {
  if (!Number.isSafeInteger(value) || (value as number) < min) {
    throw invalid(field, `must be an integer of at least ${min}`, value);
  }
}

function invalid(field: string, rule: string, value: unknown): BrookError {
  return new BrookError(ErrorCode.InvalidArgument, `${field} ${rule}, got ${JSON.stringify(value)}`);
}

function definedOnly<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<T>;
}
