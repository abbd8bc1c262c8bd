import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { brook } from '#generated';

/** The generated protobuf messages (protobufjs static code from proto/brook/v1). */
export import pb = brook.v1;

/** Largest gRPC message either side accepts: a max-size message plus batching headroom. */
export const MAX_GRPC_MESSAGE_BYTES = 64 * 1024 * 1024;

/**
 * HTTP/2 receive window per stream and per connection, both directions: how much a sender may have
 * in flight before the receiver's WINDOW_UPDATE. A few publish batches' worth, so a producer or a
 * catch-up read never waits on a round trip; application flow control (pending sends, permits)
 * bounds memory, not this.
 */
export const FLOW_CONTROL_WINDOW_BYTES = 8 * 1024 * 1024;

export const grpcChannelOptions = {
  'grpc-node.flow_control_window': FLOW_CONTROL_WINDOW_BYTES,
  'grpc.max_receive_message_length': MAX_GRPC_MESSAGE_BYTES,
  'grpc.max_send_message_length': MAX_GRPC_MESSAGE_BYTES,
  'grpc.keepalive_time_ms': 30_000,
  'grpc.keepalive_timeout_ms': 10_000,
} as const;

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function method<Req, Res>(
  path: string,
  request: Codec<Req>,
  response: Codec<Res>,
  requestStream: boolean,
  responseStream: boolean,
): MethodDefinition<Req, Res> {
  return {
    path,
    requestStream,
    responseStream,
    requestSerialize: (m) => asBuffer(request.encode(m).finish()),
    requestDeserialize: (b) => request.decode(b),
    responseSerialize: (m) => asBuffer(response.encode(m).finish()),
    responseDeserialize: (b) => response.decode(b),
  };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const unary = <Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>) => method(path, req, res, false, false);
const bidi = <Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>) => method(path, req, res, true, true);

export const brokerService = {
  lookup: unary('/brook.v1.Broker/Lookup', pb.LookupRequest, pb.LookupResponse),
  publish: bidi('/brook.v1.Broker/Publish', pb.PublishRequest, pb.PublishResponse),
  consume: bidi('/brook.v1.Broker/Consume', pb.ConsumeRequest, pb.ConsumeResponse),
  getPartitionedMetadata: unary(
    '/brook.v1.Broker/GetPartitionedMetadata',
    pb.PartitionedMetadataRequest,
    pb.PartitionedMetadataResponse,
  ),
  getTopicOffsets: unary('/brook.v1.Broker/GetTopicOffsets', pb.TopicOffsetsRequest, pb.TopicOffsets),
} satisfies ServiceDefinition;

export const adminService = {
  createTopic: unary('/brook.v1.Admin/CreateTopic', pb.CreateTopicRequest, pb.CreateTopicResponse),
  deleteTopic: unary('/brook.v1.Admin/DeleteTopic', pb.DeleteTopicRequest, pb.DeleteTopicResponse),
  listTopics: unary('/brook.v1.Admin/ListTopics', pb.ListTopicsRequest, pb.ListTopicsResponse),
  getTopicStats: unary('/brook.v1.Admin/GetTopicStats', pb.GetTopicStatsRequest, pb.TopicStats),
  updatePartitions: unary('/brook.v1.Admin/UpdatePartitions', pb.UpdatePartitionsRequest, pb.UpdatePartitionsResponse),
  listSubscriptions: unary(
    '/brook.v1.Admin/ListSubscriptions',
    pb.ListSubscriptionsRequest,
    pb.ListSubscriptionsResponse,
  ),
  createSubscription: unary('/brook.v1.Admin/CreateSubscription', pb.CreateSubscriptionRequest, pb.CursorPosition),
  deleteSubscription: unary(
    '/brook.v1.Admin/DeleteSubscription',
    pb.DeleteSubscriptionRequest,
    pb.DeleteSubscriptionResponse,
  ),
  resetCursor: unary('/brook.v1.Admin/ResetCursor', pb.ResetCursorRequest, pb.CursorPosition),
  skipMessages: unary('/brook.v1.Admin/SkipMessages', pb.SkipMessagesRequest, pb.CursorPosition),
  clearBacklog: unary('/brook.v1.Admin/ClearBacklog', pb.ClearBacklogRequest, pb.CursorPosition),
  createTenant: unary('/brook.v1.Admin/CreateTenant', pb.CreateTenantRequest, pb.TenantInfo),
  deleteTenant: unary('/brook.v1.Admin/DeleteTenant', pb.DeleteTenantRequest, pb.DeleteTenantResponse),
  listTenants: unary('/brook.v1.Admin/ListTenants', pb.ListTenantsRequest, pb.ListTenantsResponse),
  getTenant: unary('/brook.v1.Admin/GetTenant', pb.GetTenantRequest, pb.TenantInfo),
  createNamespace: unary('/brook.v1.Admin/CreateNamespace', pb.CreateNamespaceRequest, pb.NamespacePolicies),
  deleteNamespace: unary('/brook.v1.Admin/DeleteNamespace', pb.DeleteNamespaceRequest, pb.DeleteNamespaceResponse),
  listNamespaces: unary('/brook.v1.Admin/ListNamespaces', pb.ListNamespacesRequest, pb.ListNamespacesResponse),
  getPolicies: unary('/brook.v1.Admin/GetPolicies', pb.GetPoliciesRequest, pb.NamespacePolicies),
  setPolicies: unary('/brook.v1.Admin/SetPolicies', pb.SetPoliciesRequest, pb.NamespacePolicies),
  removePolicy: unary('/brook.v1.Admin/RemovePolicy', pb.RemovePolicyRequest, pb.NamespacePolicies),
} satisfies ServiceDefinition;

export const bookieService = {
  add: bidi('/brook.v1.Bookie/Add', pb.AddRequest, pb.AddResponse),
  read: unary('/brook.v1.Bookie/Read', pb.ReadRequest, pb.ReadResponse),
  readLac: unary('/brook.v1.Bookie/ReadLac', pb.ReadLacRequest, pb.ReadLacResponse),
  fence: unary('/brook.v1.Bookie/Fence', pb.FenceRequest, pb.FenceResponse),
} satisfies ServiceDefinition;
