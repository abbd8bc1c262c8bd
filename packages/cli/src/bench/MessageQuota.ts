/** A budget of messages shared by every producer or consumer of a run (--messages); unlimited when absent. */
export class MessageQuota {
  private left: number;

  constructor(limit: number | undefined) {
    this.left = limit ?? Number.POSITIVE_INFINITY;
  }

  take(): boolean {
    if (this.left <= 0) return false;
    this.left--;
    return true;
  }
}
