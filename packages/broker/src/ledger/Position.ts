/** Where an entry lives: (ledgerId, entryId). Positions order by ledger, then entry. */
export interface Position {
  readonly ledgerId: number;
  readonly entryId: number;
}

export function comparePositions(a: Position, b: Position): number {
  return a.ledgerId - b.ledgerId || a.entryId - b.entryId;
}
