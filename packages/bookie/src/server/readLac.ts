import { pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { Bookie } from '../Bookie.js';
import { unaryHandler } from './handler.js';

export function readLacHandler(bookie: Bookie, logger: Logger) {
  return unaryHandler<pb.ReadLacRequest, pb.ReadLacResponse>('ReadLac', logger, async (request) =>
    pb.ReadLacResponse.create(await bookie.readLac(request.ledgerId)),
  );
}
