import { pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { Bookie } from '../Bookie.js';
import { unaryHandler } from './handler.js';

export function readHandler(bookie: Bookie, logger: Logger) {
  return unaryHandler<pb.ReadRequest, pb.ReadResponse>('Read', logger, async (request) => {
    const entries = await bookie.read({
      ledgerId: request.ledgerId,
      firstEntryId: request.firstEntryId,
      lastEntryId: request.lastEntryId,
      ...(request.maxBytes > 0 ? { maxBytes: request.maxBytes } : {}),
    });
    const { lac } = await bookie.readLac(request.ledgerId);
    return pb.ReadResponse.create({ entries: entries.map((e) => pb.StoredEntry.create(e)), lac });
  });
}
