import { integer, invalidConfig, objectInput } from '../util/validate.js';
import { type Routing, ROUTING_MODES } from './MessageRouter.js';

export interface PartitioningOptions {
  /** How sends to a partitioned topic pick their partition; default RoundRobin. Keyed messages go by key hash. */
  routing?: Routing;
  /** How often a producer of a partitioned topic checks for added partitions; default 60,000 ms. */
  partitionsAutoDiscoveryIntervalMs?: number;
}

export interface PartitioningConfig {
  readonly routing: Routing;
  readonly partitionsAutoDiscoveryIntervalMs: number;
}

export const PARTITIONING_DEFAULTS = { routing: 'RoundRobin', partitionsAutoDiscoveryIntervalMs: 60_000 } as const;

export function parsePartitioningConfig(input: unknown): PartitioningConfig {
  const o = objectInput(input, 'producer options');
  const routing = o.routing ?? PARTITIONING_DEFAULTS.routing;
  if (typeof routing !== 'function' && !(ROUTING_MODES as readonly unknown[]).includes(routing)) {
    throw invalidConfig(
      'routing',
      `expected ${ROUTING_MODES.join(', ')} or a function, got ${JSON.stringify(routing)}`,
    );
  }
  return {
    routing: routing as Routing,
    partitionsAutoDiscoveryIntervalMs: discoveryInterval(
      o.partitionsAutoDiscoveryIntervalMs,
      'partitionsAutoDiscoveryIntervalMs',
    ),
  };
}

/** A discovery period: at least 10 ms. */
export function discoveryInterval(value: unknown, field: string): number {
  return integer(value, field, PARTITIONING_DEFAULTS.partitionsAutoDiscoveryIntervalMs, 10);
}
