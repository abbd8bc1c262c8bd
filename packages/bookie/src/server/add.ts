import type { handleBidiStreamingCall, ServerDuplexStream } from '@grpc/grpc-js';
import { pb, toBrookError } from '@brook/protocol';
import type { Logger } from 'pino';
import type { Bookie } from '../Bookie.js';
import { asBuffer } from './bytes.js';
import { logFailure } from './handler.js';

export interface AddStreamOptions {
  /** Reading from the stream pauses while this many entry bytes are not yet durable. */
  maxInflightBytes: number;
  /** Open streams register a `drain` here: stop reading, answer what is in flight, end the call. */
  open: Set<() => void>;
}

/**
 * The pipelined Add stream. Rules: every entry of every request gets exactly one result, written
 * once the add is durable (or failed); results that complete in the same event-loop turn share
 * one AddResponse; past `maxInflightBytes` the stream stops reading until adds complete; the
 * server ends the call after the client half-closes (or the server drains it on shutdown) and
 * every result is written.
 */
export function addHandler(
  bookie: Bookie,
  logger: Logger,
  options: AddStreamOptions,
): handleBidiStreamingCall<pb.AddRequest, pb.AddResponse> {
  return (call: ServerDuplexStream<pb.AddRequest, pb.AddResponse>) => {
    let inflight = 0;
    let inflightBytes = 0;
    let paused = false;
    let halfClosed = false;
    let finished = false;
    let results: pb.IAddResult[] = [];
    let scheduled = false;

    const send = () => {
      scheduled = false;
      if (finished) return;
      if (results.length > 0) {
        call.write(pb.AddResponse.create({ results }));
        results = [];
      }
      if (halfClosed && inflight === 0) {
        finished = true;
        options.open.delete(drain);
        call.end();
      }
    };
    const complete = (result: pb.IAddResult, bytes: number) => {
      inflight--;
      inflightBytes -= bytes;
      results.push(result);
      if (paused && !halfClosed && inflightBytes <= options.maxInflightBytes / 2) {
        paused = false;
        call.resume();
      }
      if (!scheduled) {
        scheduled = true;
        setImmediate(send);
      }
    };

    call.on('data', (request: pb.AddRequest) => {
      if (halfClosed) return;
      // decoded messages are AddEntry instances: absent fields read as their proto3 defaults
      for (const entry of request.entries as pb.AddEntry[]) {
        const { ledgerId, entryId } = entry;
        let bytes = 0;
        for (const chunk of entry.data) bytes += chunk.byteLength;
        inflight++;
        inflightBytes += bytes;
        bookie
          .addEntry({
            ledgerId,
            entryId,
            masterKey: asBuffer(entry.masterKey),
            lac: entry.lac,
            data: entry.data,
            crc32c: entry.crc32c,
            recovery: entry.recovery,
          })
          .then(
            () => complete({ ledgerId, entryId }, bytes),
            (error: unknown) => {
              const brookError = toBrookError(error);
              logFailure(logger, 'Add', brookError);
              complete({ ledgerId, entryId, errorCode: brookError.code, errorMessage: brookError.message }, bytes);
            },
          );
      }
      if (!paused && inflightBytes > options.maxInflightBytes) {
        paused = true;
        call.pause();
      }
    });
    const drain = () => {
      if (halfClosed) return;
      halfClosed = true;
      call.pause();
      if (!scheduled) send();
    };
    options.open.add(drain);
    call.on('end', drain);
    call.on('cancelled', () => {
      finished = true;
      options.open.delete(drain);
    });
    call.on('error', (error) => {
      finished = true;
      options.open.delete(drain);
      logger.debug({ err: error }, 'add stream failed');
    });
  };
}
