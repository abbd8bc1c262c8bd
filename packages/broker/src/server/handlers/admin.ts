import type { pb } from '@brook/protocol';
import type { ServerContext } from '../ServerContext.js';

export function createTopic({ topics }: ServerContext) {
  return (request: pb.CreateTopicRequest): Promise<pb.ICreateTopicResponse> =>
    topics.create(request.topic, request.partitions);
}

export function deleteTopic({ topics }: ServerContext) {
  return async (request: pb.DeleteTopicRequest): Promise<pb.IDeleteTopicResponse> => {
    await topics.delete(request.topic, request.force);
    return {};
  };
}

export function listTopics({ topics }: ServerContext) {
  return async (request: pb.ListTopicsRequest): Promise<pb.IListTopicsResponse> => ({
    topics: await topics.list(request.namespace),
  });
}

export function getTopicStats({ topics }: ServerContext) {
  return (request: pb.GetTopicStatsRequest): Promise<pb.ITopicStats> => topics.stats(request.topic);
}
