import { BrookError, ErrorCode } from './errors.js';

/** A fully qualified topic: tenant/namespace/local. A partition is a topic named `<local>-partition-<n>`. */
export interface TopicName {
  readonly tenant: string;
  readonly namespace: string;
  readonly local: string;
  /** tenant/namespace/local */
  readonly full: string;
  /** The partition index for `x-partition-N`, else -1. */
  readonly partition: number;
}

export const DEFAULT_TENANT = 'public';
export const DEFAULT_NAMESPACE = 'default';
export const MAX_TOPIC_NAME_LENGTH = 255;

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.=-]*$/;
const PARTITION_SUFFIX = /-partition-(\d+)$/;

/** Parses `orders`, `tenant/ns/orders`, optionally prefixed `persistent://`. Throws INVALID_TOPIC_NAME. */
export function parseTopicName(input: string): TopicName {
  if (typeof input !== 'string' || input.length === 0) throw invalid(input, 'a topic name must not be empty');
  const name = input.startsWith('persistent://') ? input.slice('persistent://'.length) : input;
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    throw invalid(input, `a topic name is at most ${MAX_TOPIC_NAME_LENGTH} characters`);
  }
  const parts = name.split('/');
  if (parts.length !== 1 && parts.length !== 3) {
    throw invalid(input, 'a topic name is "topic" or "tenant/namespace/topic"');
  }
  const [tenant, namespace, local] = parts.length === 3 ? parts : [DEFAULT_TENANT, DEFAULT_NAMESPACE, parts[0]];
  for (const segment of [tenant, namespace, local]) {
    if (segment === undefined || !SEGMENT.test(segment)) {
      throw invalid(input, 'each part may use letters, digits and _ . = - and must not start with . = or -');
    }
  }
  const partitionMatch = PARTITION_SUFFIX.exec(local as string);
  return {
    tenant: tenant as string,
    namespace: namespace as string,
    local: local as string,
    full: `${tenant}/${namespace}/${local}`,
    partition: partitionMatch ? Number(partitionMatch[1]) : -1,
  };
}

export function partitionTopicName(topic: TopicName, partition: number): string {
  return `${topic.full}-partition-${partition}`;
}

/** Subscription names follow the topic segment rules. */
export function validateSubscriptionName(name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_TOPIC_NAME_LENGTH || !SEGMENT.test(name)) {
    throw new BrookError(ErrorCode.InvalidArgument, `invalid subscription name ${JSON.stringify(name)}`);
  }
  return name;
}

function invalid(input: string, why: string): BrookError {
  return new BrookError(ErrorCode.InvalidTopicName, `invalid topic name ${JSON.stringify(input)}: ${why}`);
}

/** A namespace: `tenant/namespace`, each part following the topic segment rules. */
export interface NamespaceName {
  readonly tenant: string;
  readonly namespace: string;
  /** tenant/namespace */
  readonly full: string;
}

/** Tenant names follow the topic segment rules; throws INVALID_ARGUMENT. */
export function validateTenantName(name: string): string {
  if (!isSegment(name)) {
    throw new BrookError(ErrorCode.InvalidArgument, `tenant: invalid name ${JSON.stringify(name)}: ${SEGMENT_RULE}`);
  }
  return name;
}

/** Parses `tenant/namespace`; throws INVALID_ARGUMENT naming the field. */
export function parseNamespaceName(input: string): NamespaceName {
  const parts = typeof input === 'string' ? input.split('/') : [];
  const [tenant, namespace] = parts;
  if (parts.length !== 2 || !isSegment(tenant) || !isSegment(namespace)) {
    throw new BrookError(
      ErrorCode.InvalidArgument,
      `namespace: invalid name ${JSON.stringify(input)}: a namespace is "tenant/namespace"; ${SEGMENT_RULE}`,
    );
  }
  return { tenant, namespace, full: `${tenant}/${namespace}` };
}

const SEGMENT_RULE = 'each part may use letters, digits and _ . = - and must not start with . = or -';

function isSegment(name: string | undefined): name is string {
  return typeof name === 'string' && name.length > 0 && name.length <= MAX_TOPIC_NAME_LENGTH && SEGMENT.test(name);
}
