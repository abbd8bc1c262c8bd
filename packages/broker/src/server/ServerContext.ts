import type { Logger } from 'pino';
import type { BrokerConfig } from '../config.js';
import type { BrokerMetrics } from '../metrics.js';
import type { Namespaces } from '../namespace/Namespaces.js';
import type { Ownership } from '../ownership/Ownership.js';
import type { TopicRegistry } from '../topic/TopicRegistry.js';

/** What every RPC handler needs. */
export interface ServerContext {
  config: BrokerConfig;
  topics: TopicRegistry;
  metrics: BrokerMetrics;
  logger: Logger;
  advertisedUrl: () => string;
  /** Who owns which bundle, and which broker should take an unowned one. */
  ownership: Ownership;
  /** Tenants, namespaces and their policies. */
  namespaces: Namespaces;
}
