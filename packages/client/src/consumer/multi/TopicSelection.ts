import { type BrookError, DEFAULT_NAMESPACE, DEFAULT_TENANT, parseTopicName, type TopicName } from '@brook/protocol';
import { discoveryInterval } from '../../producer/PartitioningConfig.js';
import { invalidConfig, objectInput, topicString } from '../../util/validate.js';

export interface TopicSelectionOptions {
  /** One topic; a partitioned one is consumed over all its partitions. */
  topic?: string;
  /** Several topics, consumed as one. */
  topics?: readonly string[];
  /**
   * Every topic of one namespace whose name matches: `tenant/namespace/<regex>` or `<regex>` (in
   * public/default); the regex must match the whole topic name. Checked again every
   * patternAutoDiscoveryPeriodMs: new matching topics join, deleted ones leave.
   */
  topicsPattern?: RegExp | string;
  /** Default 60,000 ms. */
  patternAutoDiscoveryPeriodMs?: number;
  /** How often added partitions are looked for; default 60,000 ms. */
  partitionsAutoDiscoveryIntervalMs?: number;
}

export interface TopicPattern {
  /** tenant/namespace */
  readonly namespace: string;
  /** Matches a topic's local name, whole. */
  readonly regex: RegExp;
  /** As the application gave it. */
  readonly source: string;
}

export type TopicSelection =
  | { readonly kind: 'topics'; readonly topics: readonly TopicName[]; readonly discoveryIntervalMs: number }
  | { readonly kind: 'pattern'; readonly pattern: TopicPattern; readonly discoveryIntervalMs: number };

/** Exactly one of topic, topics and topicsPattern; a single topic is a list of one. */
export function parseTopicSelection(input: unknown): TopicSelection {
  const o = objectInput(input, 'consumer options');
  const given = (['topic', 'topics', 'topicsPattern'] as const).filter((k) => o[k] !== undefined);
  if (given.length !== 1) throw invalidConfig('topic', 'give exactly one of topic, topics and topicsPattern');
  const partitionsMs = discoveryInterval(o.partitionsAutoDiscoveryIntervalMs, 'partitionsAutoDiscoveryIntervalMs');
  if (o.topicsPattern !== undefined) {
    return {
      kind: 'pattern',
      pattern: parseTopicPattern(o.topicsPattern),
      discoveryIntervalMs: discoveryInterval(o.patternAutoDiscoveryPeriodMs, 'patternAutoDiscoveryPeriodMs'),
    };
  }
  if (o.topic !== undefined) {
    return {
      kind: 'topics',
      topics: [parseTopicName(topicString(o.topic, 'topic'))],
      discoveryIntervalMs: partitionsMs,
    };
  }
  if (!Array.isArray(o.topics) || o.topics.length === 0) throw invalidConfig('topics', 'expected a non-empty array');
  const topics = o.topics.map((t, i) => parseTopicName(topicString(t, `topics[${i}]`)));
  const unique = [...new Map(topics.map((t) => [t.full, t])).values()];
  return { kind: 'topics', topics: unique, discoveryIntervalMs: partitionsMs };
}

/**
 * `persistent://tenant/ns/regex`, `tenant/ns/regex` or `regex` (public/default). The namespace part
 * is literal; the rest is a regular expression over topic names that must match a whole name, as
 * Java's Matcher.matches() in Pulsar. A RegExp keeps its flags (other than g and y).
 */
export function parseTopicPattern(input: unknown): TopicPattern {
  if (!(input instanceof RegExp) && typeof input !== 'string') {
    throw invalidConfig('topicsPattern', 'expected a RegExp or a string');
  }
  const source = input instanceof RegExp ? input.source : input;
  const flags = input instanceof RegExp ? input.flags.replace(/[gy]/g, '') : '';
  const text = source.replace(/^persistent:(?:\\?\/){2}/, '');
  const parts = text.split(/\\?\//);
  if (parts.length !== 1 && parts.length < 3) {
    throw invalidConfig('topicsPattern', 'expected "tenant/namespace/<regex>" or "<regex>"');
  }
  const [tenant, namespace] = parts.length === 1 ? [DEFAULT_TENANT, DEFAULT_NAMESPACE] : [parts[0], parts[1]];
  const local = parts.length === 1 ? text : parts.slice(2).join('/');
  try {
    parseTopicName(`${tenant}/${namespace}/x`);
  } catch (error) {
    throw invalidConfig(
      'topicsPattern',
      `the namespace part ${tenant}/${namespace} is not a namespace: ${(error as BrookError).message}`,
    );
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${local})$`, flags);
  } catch (error) {
    throw invalidConfig('topicsPattern', `not a regular expression: ${(error as Error).message}`);
  }
  return { namespace: `${tenant}/${namespace}`, regex, source: String(input) };
}
