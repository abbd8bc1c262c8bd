import { type BrookError, type pb, toBrookError } from '@brook/protocol';

/** A group is written once it holds this many ranges (ids, for a broker without ranges). */
export const ACK_GROUP_MAX_IDS = 1000;
export const ACK_GROUP_DELAY_MS = 10;
/** What add() returns: one settled promise shared by every ack. */
const QUEUED: Promise<void> = Promise.resolve();

type AckRequest = pb.AckMessages.$Properties;
/** Writes one Ack request; `written` runs once it left for the transport (or failed). */
export type AckWriter = (request: AckRequest, written: (error?: Error | null) => void) => void;

/** Messages [from, to) of the entry whose first message has offset baseOffset. */
interface AckRun {
  readonly baseOffset: number;
  readonly from: number;
  to: number;
}

interface Group {
  readonly runs: AckRun[];
  /** The run the next in-order ack extends. */
  last: AckRun | undefined;
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: BrookError) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Groups individual acks: one Ack request per ACK_GROUP_MAX_IDS runs or per ACK_GROUP_DELAY_MS,
 * whichever comes first (Pulsar's ack grouping). Acks of consecutive messages of one entry join one
 * run, so a consumer acking in order sends one range per entry. A broker that takes ranges gets
 * them (`ranges()` says whether the current stream's does); any other gets one id per message, with
 * the offset and batch index it acknowledges by. `add` resolves as soon as the ack is queued, so a
 * consumer that awaits every ack is not held up by the group delay; `flush` resolves once the
 * queued group was written. Promises here never raise unhandled rejections.
 */
export class AckGrouper {
  private group: Group | undefined;

  constructor(
    private readonly write: AckWriter,
    private readonly ranges: () => boolean,
  ) {}

  /** Acknowledges the message at `offset`, index `batchIndex` of its entry. */
  add(offset: number, batchIndex: number): Promise<void> {
    const group = (this.group ??= this.newGroup());
    const last = group.last;
    if (last !== undefined && last.to === offset && last.baseOffset === offset - batchIndex) {
      last.to = offset + 1;
      return QUEUED;
    }
    const run: AckRun = { baseOffset: offset - batchIndex, from: offset, to: offset + 1 };
    group.runs.push(run);
    group.last = run;
    if (group.runs.length >= ACK_GROUP_MAX_IDS) this.flush();
    return QUEUED;
  }

  /** Writes the pending group now (before a cumulative ack, on close). */
  readonly flush = (): Promise<void> => {
    const group = this.group;
    if (!group) return Promise.resolve();
    this.group = undefined;
    clearTimeout(group.timer);
    const request: AckRequest = this.ranges() ? { ranges: group.runs } : { ids: idsOf(group.runs), cumulative: false };
    this.send(request, group.resolve, group.reject);
    return group.promise;
  };

  cumulative(id: pb.MessageIdData.$Properties): Promise<void> {
    this.flush();
    return settled((resolve, reject) => this.send({ ids: [id], cumulative: true }, resolve, reject));
  }

  /** Rejects the pending group; no further writes happen through it. */
  fail(error: BrookError): void {
    const group = this.group;
    this.group = undefined;
    if (!group) return;
    clearTimeout(group.timer);
    group.reject(error);
  }

  private send(request: AckRequest, resolve: () => void, reject: (error: BrookError) => void): void {
    try {
      this.write(request, (error) => (error ? reject(toBrookError(error)) : resolve()));
    } catch (error) {
      reject(toBrookError(error));
    }
  }

  private newGroup(): Group {
    let resolve!: () => void;
    let reject!: (error: BrookError) => void;
    const promise = settled((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { runs: [], last: undefined, promise, resolve, reject, timer: setTimeout(this.flush, ACK_GROUP_DELAY_MS) };
  }
}

/** One id per message of the runs: what a broker acknowledges by (offset and batch index). */
function idsOf(runs: readonly AckRun[]): pb.MessageIdData.$Properties[] {
  const ids: pb.MessageIdData.$Properties[] = [];
  for (const { baseOffset, from, to } of runs) {
    for (let offset = from; offset < to; offset++) ids.push({ offset, batchIndex: offset - baseOffset });
  }
  return ids;
}

/** A promise whose rejection is reported to those who await it, never as an unhandled rejection. */
function settled(executor: (resolve: () => void, reject: (error: BrookError) => void) => void): Promise<void> {
  const promise = new Promise<void>(executor);
  promise.catch(() => undefined);
  return promise;
}
