import { parseTopicName, type pb } from '@brook/protocol';
import type { ServerContext } from '../ServerContext.js';

/** Standalone and single-broker lookup: every topic is served here. */
export function lookup(context: ServerContext) {
  return async (request: pb.LookupRequest): Promise<pb.ILookupResponse> => {
    parseTopicName(request.topic);
    return { brokerUrl: context.advertisedUrl() };
  };
}
