/**
 * One timer for many deadlines: armed for the earliest, and on firing asks its owner to expire
 * what is due and name the next deadline. Deadlines only ever join later than the armed one.
 */
export class DeadlineTimer {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly expire: (now: number) => number | undefined) {}

  /** Arms for deadline unless armed already (an armed deadline is never later than a new one). */
  ensure(deadline: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(this.fire, Math.max(0, deadline - Date.now()));
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    const next = this.expire(Date.now());
    if (next !== undefined) this.ensure(next);
  };
}
