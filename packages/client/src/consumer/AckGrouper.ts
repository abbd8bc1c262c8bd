import { type BrookError, type pb, toBrookError } from '@brook/protocol';

export const ACK_GROUP_MAX_IDS = 1000;
export const ACK_GROUP_DELAY_MS = 10;
/** What add() returns: one settled promise shared by every ack. */
const QUEUED: Promise<void> = Promise.resolve();

type AckRequest = pb.AckMessages.$Properties;
/** Writes one Ack request; `written` runs once it left for the transport (or failed). */
export type AckWriter = (request: AckRequest, written: (error?: Error | null) => void) => void;

interface Group {
  readonly ids: pb.MessageIdData.$Properties[];
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: BrookError) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Groups individual acks: one Ack request per ACK_GROUP_MAX_IDS ids or per ACK_GROUP_DELAY_MS,
 * whichever comes first (Pulsar's ack grouping). `add` resolves as soon as the ack is queued, so
 * a consumer that awaits every ack is not held up by the group delay; `flush` resolves once the
 * queued group was written. Promises here never raise unhandled rejections.
 */
export class AckGrouper {
  private group: Group | undefined;

  constructor(private readonly write: AckWriter) {}

  add(id: pb.MessageIdData.$Properties): Promise<void> {
    const group = (this.group ??= this.newGroup());
    group.ids.push(id);
    if (group.ids.length >= ACK_GROUP_MAX_IDS) this.flush();
    return QUEUED;
  }

  /** Writes the pending group now (before a cumulative ack, on close). */
  readonly flush = (): Promise<void> => {
    const group = this.group;
    if (!group) return Promise.resolve();
    this.group = undefined;
    clearTimeout(group.timer);
    this.send({ ids: group.ids, cumulative: false }, group.resolve, group.reject);
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
    return { ids: [], promise, resolve, reject, timer: setTimeout(this.flush, ACK_GROUP_DELAY_MS) };
  }
}

/** A promise whose rejection is reported to those who await it, never as an unhandled rejection. */
function settled(executor: (resolve: () => void, reject: (error: BrookError) => void) => void): Promise<void> {
  const promise = new Promise<void>(executor);
  promise.catch(() => undefined);
  return promise;
}
