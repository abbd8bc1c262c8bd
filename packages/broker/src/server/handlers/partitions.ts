import { parseTopicName, type pb } from '@brook/protocol';
import type { ServerContext } from '../ServerContext.js';

/**
 * How many partitions a topic has, answered by any broker from metadata (no ownership needed):
 * clients ask it before creating a producer or consumer, and again to notice partitions added.
 */
export function getPartitionedMetadata({ topics }: ServerContext) {
  return async (request: pb.PartitionedMetadataRequest): Promise<pb.IPartitionedMetadataResponse> => ({
    partitions: await topics.partitionedMetadata(request.topic),
  });
}

/** Admin: grows a partitioned topic. Metadata only; the new partitions load where clients first use them. */
export function updatePartitions({ topics }: ServerContext) {
  return async (request: pb.UpdatePartitionsRequest): Promise<pb.IUpdatePartitionsResponse> => ({
    topic: parseTopicName(request.topic).full,
    partitions: await topics.updatePartitions(request.topic, request.partitions),
  });
}
