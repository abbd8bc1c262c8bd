import { BrookError, ErrorCode } from '@brook/protocol';
import { EtcdLeaseInvalidError, type ILeaseKeepAliveResponse, type Lease, type Namespace } from 'etcd3';
import type { Session } from '../MetadataStore.js';
import { toMetadataError } from './etcdErrors.js';

export interface EtcdSessionHooks {
  /** The store revision a keep-alive answer carried. */
  observedRevision(revision: number): void;
  /** The session's lease is revoked: the store can forget the session. */
  revoked(session: EtcdSession): void;
}

/**
 * A session of an etcd store: an etcd lease kept alive by etcd3's keep-alive stream (a beat every
 * third of the TTL). etcd counts TTLs in whole seconds, so the TTL is `ttlMs` rounded up, at least
 * 1 s (etcd may grant more: its minimum is 1.5 election timeouts).
 *
 * The session is lost, and its `signal` aborts with SESSION_EXPIRED, when etcd answers that the
 * lease is gone (expired or revoked), or when no keep-alive was answered within the TTL of being
 * sent. That local deadline counts from when the last answered keep-alive was sent, so it passes no
 * later than etcd's own expiry: the owner learns it lost its keys before anyone else can take them.
 *
 * Lost is final. etcd restores leases with a fresh TTL when it restarts, so a lease this client gave
 * up on may still exist: the session stops its keep-alives for good and keeps trying to revoke the
 * lease (backing off up to 5 s) until etcd confirms or the store closes. Without that revoke the
 * lease ends by its TTL anyway, as nothing renews it. A session is never revived.
 */
export class EtcdSession implements Session {
  readonly #lease: Lease;
  /** The TTL asked of etcd, in ms; etcd's expiry comes no sooner. */
  readonly #ttlMs: number;
  readonly #hooks: EtcdSessionHooks;
  readonly #controller = new AbortController();
  /** When each keep-alive still unanswered on the current stream was sent, oldest first. */
  readonly #unanswered: number[] = [];
  #leaseId = '';
  #renewedAt: number;
  #deadline: NodeJS.Timeout | undefined;
  #closing: Promise<void> | undefined;
  #retrying = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #noMoreRevokes = false;
  #revoked = false;

  private constructor(lease: Lease, ttlMs: number, hooks: EtcdSessionHooks, requestedAt: number) {
    this.#lease = lease;
    this.#ttlMs = ttlMs;
    this.#hooks = hooks;
    this.#renewedAt = requestedAt;
    lease.on('keepaliveEstablished', () => {
      this.#unanswered.length = 0;
    });
    lease.on('keepaliveFired', () => this.#unanswered.push(Date.now()));
    lease.on('keepaliveSucceeded', (answer) => this.#renewed(answer));
    lease.on('lost', (error) =>
      this.#lose(
        error instanceof EtcdLeaseInvalidError
          ? 'expired: etcd no longer has its lease'
          : `expired: its lease could not be kept alive (${error.message})`,
      ),
    );
    this.#armDeadline();
  }

  /** Grants a lease and starts keeping it alive. */
  static async grant(client: Namespace, ttlMs: number, hooks: EtcdSessionHooks): Promise<EtcdSession> {
    const requestedAt = Date.now();
    const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
    const session = new EtcdSession(client.lease(seconds), seconds * 1000, hooks, requestedAt);
    try {
      session.#leaseId = await session.#lease.grant();
      return session;
    } catch (error) {
      session.#end('could not be granted');
      throw toMetadataError(error, 'granting a session lease');
    }
  }

  /** The etcd lease ID in hex, as `etcdctl lease list` prints it. */
  get id(): string {
    return BigInt(this.#leaseId).toString(16);
  }

  /** The etcd lease ID, as requests carry it. */
  get leaseId(): string {
    return this.#leaseId;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get ended(): boolean {
    return this.#controller.signal.aborted;
  }

  /**
   * Aborts the signal at once, then revokes the lease, which deletes its keys. Fails with
   * UNAVAILABLE or TIMEOUT when etcd cannot be reached; revokes are then retried in the background.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  /** The caller learned that etcd no longer has the lease (a write with it was refused). */
  lost(why: string): void {
    this.#lose(why);
  }

  /**
   * The store is closing: ends the session, makes a last attempt to revoke its lease (or waits for
   * the one `close()` started) and stops retrying. Never fails: a lease left behind ends by its TTL.
   */
  async shutdown(): Promise<void> {
    this.#end('ended: its store closed');
    this.#closing ??= this.#revoke().catch(() => undefined);
    try {
      await this.#closing;
    } catch {
      // etcd unreachable: nothing renews the lease any more
    } finally {
      this.#stopRevoking();
    }
  }

  async #close(): Promise<void> {
    this.#end('was closed');
    try {
      await this.#revoke();
    } catch (error) {
      this.#retryRevokeInBackground();
      throw toMetadataError(error, `revoking the lease of session ${this.id}`);
    }
  }

  #renewed(answer: ILeaseKeepAliveResponse): void {
    const sentAt = this.#unanswered.shift();
    this.#hooks.observedRevision(Number(answer.header.revision));
    if (sentAt === undefined || this.ended) return;
    this.#renewedAt = Math.max(this.#renewedAt, sentAt);
    this.#armDeadline();
  }

  #armDeadline(): void {
    clearTimeout(this.#deadline);
    const remaining = this.#renewedAt + this.#ttlMs - Date.now();
    this.#deadline = setTimeout(
      () => this.#lose(`expired: no keep-alive was answered within its TTL of ${this.#ttlMs} ms`),
      Math.max(0, remaining),
    );
  }

  #lose(why: string): void {
    if (!this.#end(why)) return;
    this.#retryRevokeInBackground();
  }

  /** Aborts the signal and stops keep-alives for good; false when the session had already ended. */
  #end(why: string): boolean {
    if (this.ended) return false;
    this.#controller.abort(new BrookError(ErrorCode.SessionExpired, `session ${this.id || '(ungranted)'} ${why}`));
    clearTimeout(this.#deadline);
    this.#lease.release(); // stops keep-alives for good; revoking is separate
    return true;
  }

  async #revoke(): Promise<void> {
    if (this.#revoked) return;
    await this.#lease.revoke(); // also succeeds when etcd no longer has the lease
    this.#revoked = true;
    this.#stopRevoking();
    this.#hooks.revoked(this);
  }

  #stopRevoking(): void {
    this.#noMoreRevokes = true;
    clearTimeout(this.#retryTimer);
  }

  #retryRevokeInBackground(delayMs = 250): void {
    if (this.#retrying || this.#noMoreRevokes) return;
    this.#retrying = true;
    const attempt = (delay: number) => {
      this.#retryTimer = setTimeout(() => {
        this.#revoke().then(
          () => undefined,
          () => {
            if (!this.#noMoreRevokes) attempt(Math.min(delay * 2, 5_000));
          },
        );
      }, delay);
    };
    this.#revoke().then(
      () => undefined,
      () => {
        if (!this.#noMoreRevokes) attempt(delayMs);
      },
    );
  }
}
