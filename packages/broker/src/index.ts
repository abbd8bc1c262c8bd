export { Broker } from './Broker.js';
export type { BrokerOptions } from './Broker.js';
export { parseBrokerConfig } from './config.js';
export type { BrokerConfig, BrokerConfigInput } from './config.js';
