export { Bookie } from './Bookie.js';
export type { BookieOptions } from './Bookie.js';
export type { GarbageCollectionResult } from './storage/GarbageCollector.js';
export { BOOKIE_DEFAULTS, parseBookieConfig } from './config.js';
export type { BookieConfig } from './config.js';
export { BookieServer } from './server/BookieServer.js';
export type {
  AddEntryRequest,
  BookieClient,
  LedgerTail,
  ReadEntriesRequest,
  StoredEntry,
} from './client/BookieClient.js';
export type { BookiePool } from './client/BookiePool.js';
export { GrpcBookieClient } from './client/GrpcBookieClient.js';
export { LocalBookieClient } from './client/LocalBookieClient.js';
export { StaticBookiePool } from './client/StaticBookiePool.js';
export { LedgerClient } from './client/LedgerClient.js';
export type { LedgerClientOptions, OpenLedgerOptions } from './client/LedgerClient.js';
export type { LedgerEntry, LedgerReader, LedgerWriter } from './client/Ledger.js';
export type { Fragment, LedgerMetadata, LedgerOptions, LedgerState } from './client/LedgerMetadata.js';
export { RegistryBookiePool } from './client/RegistryBookiePool.js';
export type { RegistryBookiePoolOptions } from './client/RegistryBookiePool.js';
export { BookieRegistration } from './registration/BookieRegistration.js';
export type { BookieRegistrationOptions } from './registration/BookieRegistration.js';
export { BOOKIES_PREFIX, bookieKey, decodeBookieInfo } from './registration/BookieInfo.js';
export type { BookieInfo, BookieState } from './registration/BookieInfo.js';
export { BOOKIE_REGISTRATION_DEFAULTS, parseBookieRegistrationConfig } from './registration/config.js';
export type { BookieRegistrationConfig } from './registration/config.js';
