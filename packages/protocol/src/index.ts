export { BrookError, ErrorCode, LedgerFencedError, isErrorCode, toBrookError, toServiceError } from './errors.js';
export {
  DEFAULT_NAMESPACE,
  DEFAULT_TENANT,
  MAX_TOPIC_NAME_LENGTH,
  parseNamespaceName,
  parseTopicName,
  partitionTopicName,
  validateSubscriptionName,
  validateTenantName,
} from './names.js';
export type { NamespaceName, TopicName } from './names.js';
export { decodeEntry, encodeEntryHeader } from './entry.js';
export type { DecodedEntry, EntryHeader } from './entry.js';
export type { BacklogQuotaAction, Policies, PolicyChange, PolicyName } from './policies.js';
export {
  asBuffer,
  bytesFieldSize,
  encodeWrappedMessages,
  hasOnlyFields,
  isCount,
  messagesFieldSize,
  stringFieldSize,
  uint32FieldSize,
  uint64FieldSize,
  varintSize,
  writeBytesField,
  writeMessagesField,
  writesLikeProtobufjs,
  writeStringField,
  writeUint32Field,
  writeUint64Field,
  writeVarint,
} from './protoWriter.js';
export type { MessageWriter } from './protoWriter.js';
export { bindGrpcServer, createGrpcServer } from './grpcServer.js';
export {
  adminService,
  bookieService,
  brokerService,
  FLOW_CONTROL_WINDOW_BYTES,
  grpcChannelOptions,
  MAX_GRPC_MESSAGE_BYTES,
  pb,
} from './wire.js';
export { OffsetRanges } from './OffsetRanges.js';
