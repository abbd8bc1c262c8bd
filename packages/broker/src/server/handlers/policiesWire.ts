import type { BacklogQuotaAction, pb, PolicyChange } from '@brook/protocol';
import type { NamespacePolicies } from '../../namespace/Namespaces.js';
import type { NamespaceSettings } from '../../namespace/NamespaceStore.js';

/** A wire Policies as a change: only the fields present (not null) are in it. */
export function policyChangeOf(wire: pb.IPolicies | null | undefined): PolicyChange {
  const change: PolicyChange = {};
  if (!wire) return change;
  if (wire.retention) {
    change.retention = present({ timeMinutes: wire.retention.timeMinutes, sizeMb: wire.retention.sizeMb });
  }
  if (wire.messageTtlSeconds != null) change.messageTtlSeconds = wire.messageTtlSeconds;
  if (wire.backlogQuota) {
    change.backlogQuota = present({
      limitBytes: wire.backlogQuota.limitBytes,
      limitTimeSeconds: wire.backlogQuota.limitTimeSeconds,
      action: wire.backlogQuota.action as BacklogQuotaAction | null | undefined,
    });
  }
  if (wire.maxMessageSize != null) change.maxMessageSize = wire.maxMessageSize;
  if (wire.deduplication != null) change.deduplication = wire.deduplication;
  if (wire.persistence) {
    change.persistence = present({
      ensembleSize: wire.persistence.ensembleSize,
      writeQuorum: wire.persistence.writeQuorum,
      ackQuorum: wire.persistence.ackQuorum,
    });
  }
  if (wire.maxProducersPerTopic != null) change.maxProducersPerTopic = wire.maxProducersPerTopic;
  if (wire.maxConsumersPerTopic != null) change.maxConsumersPerTopic = wire.maxConsumersPerTopic;
  return change;
}

/** Settings (complete or partial) on the wire; absent fields stay absent. */
export function wirePolicies(settings: NamespaceSettings): pb.IPolicies {
  const wire: pb.IPolicies = {};
  if (settings.retention) wire.retention = { ...settings.retention };
  if (settings.messageTtlSeconds !== undefined) wire.messageTtlSeconds = settings.messageTtlSeconds;
  if (settings.backlogQuota) wire.backlogQuota = { ...settings.backlogQuota };
  if (settings.maxMessageSize !== undefined) wire.maxMessageSize = settings.maxMessageSize;
  if (settings.deduplication !== undefined) wire.deduplication = settings.deduplication;
  if (settings.persistence) wire.persistence = { ...settings.persistence };
  if (settings.maxProducersPerTopic !== undefined) wire.maxProducersPerTopic = settings.maxProducersPerTopic;
  if (settings.maxConsumersPerTopic !== undefined) wire.maxConsumersPerTopic = settings.maxConsumersPerTopic;
  return wire;
}

export function wireNamespacePolicies(view: NamespacePolicies): pb.INamespacePolicies {
  return { namespace: view.namespace, effective: wirePolicies(view.effective), own: wirePolicies(view.own) };
}

/** The fields that are neither null nor undefined. */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], null | undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null)) as {
    [K in keyof T]?: Exclude<T[K], null | undefined>;
  };
}
