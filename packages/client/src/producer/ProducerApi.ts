import type { ClientEvent } from '../ClientEvent.js';
import type { ProducerMessage } from '../Message.js';
import type { MessageId } from '../MessageId.js';

/**
 * What an application holds as a producer (exported as `Producer`): the producer of one topic, or
 * of every partition of a partitioned topic (PartitionedProducer), which routes each send.
 */
export interface ProducerApi extends AsyncDisposable {
  /** The topic as given (tenant/namespace/topic); a partitioned topic's base name. */
  readonly topic: string;
  readonly name: string;
  /** Resolves with the message's id (its partition included) once the broker stored it durably. */
  send(message: ProducerMessage): Promise<MessageId>;
  /** Sends what is batched now; resolves once every send made so far was settled. */
  flush(): Promise<void>;
  /** Waits for pending sends, then closes. Idempotent. */
  close(): Promise<void>;
  /** Status changes: `disconnected`, `reconnected` (of any partition). */
  events(): AsyncIterableIterator<ClientEvent>;
}
