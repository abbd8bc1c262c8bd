import type { DecodedEntry } from '@brook/protocol';

/** An entry of a topic as the broker holds it: where it lives and its parsed header; the payload is a view. */
export interface ReadEntry {
  readonly ledgerId: number;
  readonly entryId: number;
  readonly entry: DecodedEntry;
  /** Stored bytes (header + payload). */
  readonly size: number;
}
