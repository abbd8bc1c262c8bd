export { BrookError, ErrorCode } from '@brook/protocol';
export type { SubscriptionStats, TopicListing, TopicStats, TopicsAdmin } from './admin/TopicsAdmin.js';
export type {
  BacklogQuotaAction,
  NamespacePolicies,
  NamespacesAdmin,
  Policies,
  PolicyChange,
  PolicyName,
} from './admin/NamespacesAdmin.js';
export type { TenantInfo, TenantsAdmin } from './admin/TenantsAdmin.js';
export type {
  SubscriptionInfo,
  SubscriptionMove,
  SubscriptionPosition,
  SubscriptionsAdmin,
} from './admin/SubscriptionsAdmin.js';
export type { SeekTarget } from './consumer/SeekTarget.js';
export type { Reader } from './reader/Reader.js';
export type { ReaderOptions } from './reader/ReaderConfig.js';
export { BrookClient } from './BrookClient.js';
export type { ClientOptions, ReconnectOptions } from './ClientConfig.js';
export type { ClientEvent } from './ClientEvent.js';
export type { ConsumerApi as Consumer } from './consumer/ConsumerApi.js';
export type { ChunkingOptions } from './consumer/chunking/ChunkingConfig.js';
export type { ConsumerOptions, InitialPosition, SubscriptionType } from './consumer/ConsumerConfig.js';
export type { RetryOptions } from './consumer/redelivery/RetryLetters.js';
export { RETRY_PROPERTIES } from './consumer/redelivery/RetryLetters.js';
export type { TopicSelectionOptions } from './consumer/multi/TopicSelection.js';
export type { Message, ProducerMessage } from './Message.js';
export { ChunkedMessageId, MessageId } from './MessageId.js';
export type { CustomRouter, Routing } from './producer/MessageRouter.js';
export { keyPartition } from './producer/keyHash.js';
export type { ProducerApi as Producer } from './producer/ProducerApi.js';
export type { BatchingOptions, ProducerOptions } from './producer/ProducerConfig.js';
export type { CompressionType } from './wire/codecs.js';
