import { pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { Bookie } from '../Bookie.js';
import { asBuffer } from './bytes.js';
import { unaryHandler } from './handler.js';

export function fenceHandler(bookie: Bookie, logger: Logger) {
  return unaryHandler<pb.FenceRequest, pb.FenceResponse>('Fence', logger, async (request) =>
    pb.FenceResponse.create(await bookie.fence(request.ledgerId, asBuffer(request.masterKey))),
  );
}
