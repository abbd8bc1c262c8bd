import { BrookError, ErrorCode } from '@brook/protocol';
import type { Logger } from 'pino';

/**
 * The components of a process, closed in reverse of the order they came up. `close()` is
 * idempotent and safe while starting: a component that comes up after closing began is closed at
 * once, and its `opened` call throws ALREADY_CLOSED so the start stops there.
 */
export class ComponentStack {
  private readonly closers: { name: string; close: () => Promise<void> }[] = [];
  private closing: Promise<void> | undefined;

  constructor(
    private readonly role: string,
    private readonly logger: Logger,
  ) {}

  /** Records a component that is now open (call it before awaiting the component's start). */
  async opened(name: string, close: () => Promise<void>): Promise<void> {
    if (this.closing === undefined) {
      this.closers.push({ name, close });
      return;
    }
    await close().catch(() => undefined);
    throw new BrookError(ErrorCode.AlreadyClosed, `${this.role} closed while starting (${name})`);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const { name, close } of this.closers.splice(0).reverse()) {
        await close().catch((err: unknown) => this.logger.error({ err, component: name }, 'error while stopping'));
      }
    })();
    return this.closing;
  }
}
