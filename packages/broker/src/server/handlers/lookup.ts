import { parseTopicName, type pb } from '@brook/protocol';
import type { ServerContext } from '../ServerContext.js';

/**
 * The broker a client should use for a topic: the owner of the topic's bundle, or, when nobody
 * owns it, the least-loaded live broker, which claims the bundle when the client arrives. Lookup
 * never claims on another broker's behalf; a claim lost to a race answers NOT_OWNER and the
 * client's next lookup finds the winner. Standalone: always this broker.
 */
export function lookup(context: ServerContext) {
  return async (request: pb.LookupRequest): Promise<pb.ILookupResponse> => {
    const name = parseTopicName(request.topic);
    return { brokerUrl: await context.ownership.lookup(name) };
  };
}
