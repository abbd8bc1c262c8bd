export { Broker } from './Broker.js';
export type { BrokerOptions } from './Broker.js';
export { parseBrokerConfig } from './config.js';
export type { BrokerConfig, BrokerConfigInput } from './config.js';
export { Bundles } from './ownership/Bundles.js';
export type { Bundle } from './ownership/Bundles.js';
export type { BrokerLoad, BrokerRecord } from './ownership/BrokerRegistration.js';
export type { OwnerRecord } from './ownership/OwnershipCache.js';
