import type { MetadataStore, Session } from '@brook/metadata';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { Bundle } from './Bundles.js';

export const OWNERSHIP_PREFIX = '/brook/ownership/';

/** The value of `/brook/ownership/<tenant>/<ns>/<range>`. */
export interface OwnerRecord {
  brokerId: string;
  url: string;
}

/** A bundle this broker owns: the version of its key, and the session that key is bound to. */
interface Owned {
  version: number;
  session: Session;
}

/**
 * Which bundles this broker owns, and the claims that make it so. A bundle is owned by whoever
 * holds `/brook/ownership/<bundle>`, a key bound to the owner's session and created only if absent
 * (one transaction, compared at version 0), so two brokers never both hold it and a dead broker's
 * bundles free themselves when its session ends.
 *
 * The local view is the truth for serving: a bundle is served here only while it is in it.
 * `forgetAll` empties it the moment the session is lost; `useSession(undefined)` then refuses every
 * claim until the broker has a new session.
 */
export class OwnershipCache {
  private readonly owned = new Map<string, Owned>();
  /** Claims and checks in flight, per bundle, so concurrent callers share one. */
  private readonly pending = new Map<string, Promise<Owned>>();
  private session: Session | undefined;

  constructor(
    private readonly metadata: MetadataStore,
    private readonly self: () => OwnerRecord,
  ) {}

  /** The session new claims bind to; undefined refuses claims. */
  useSession(session: Session | undefined): void {
    this.session = session;
  }

  get size(): number {
    return this.owned.size;
  }

  /** Names of the bundles owned now, sorted. */
  names(): string[] {
    return [...this.owned.keys()].sort();
  }

  /**
   * Ensures this broker owns `bundle`: already owned, or claimed now. Resolves with the signal of
   * the session the ownership lasts for, and whether this call created the key; throws NOT_OWNER
   * when another broker owns it or this broker has no live session.
   */
  async claim(bundle: Bundle): Promise<{ signal: AbortSignal; claimed: boolean }> {
    const owned = this.owned.get(bundle.name);
    if (owned && !owned.session.signal.aborted) return { signal: owned.session.signal, claimed: false };
    const pending = this.pending.get(bundle.name);
    if (pending) return { signal: (await pending).session.signal, claimed: false };
    const claiming = this.tryClaim(bundle).finally(() => this.pending.delete(bundle.name));
    this.pending.set(bundle.name, claiming);
    return { signal: (await claiming).session.signal, claimed: true };
  }

  private async tryClaim(bundle: Bundle): Promise<Owned> {
    const session = this.session;
    if (!session || session.signal.aborted) {
      throw new BrookError(ErrorCode.NotOwner, `broker ${this.self().brokerId} has no session; it serves no bundles`);
    }
    const key = keyOf(bundle);
    const value = Buffer.from(JSON.stringify(this.self()));
    const result = await this.metadata
      .txn({ if: [{ key, version: 0 }], then: [{ type: 'put', key, value, session }], else: [{ type: 'get', key }] })
      .catch((error: unknown) => {
        if (error instanceof BrookError && error.code === ErrorCode.SessionExpired) {
          throw new BrookError(ErrorCode.NotOwner, `the session for ${bundle.name} was lost while claiming it`, {
            cause: error,
          });
        }
        throw error;
      });
    if (result.succeeded) return this.adopt(bundle, { version: result.revision, session });
    const current = result.results[0];
    throw notOwner(bundle, current ? parseOwner(current.value) : undefined);
  }

  private adopt(bundle: Bundle, owned: Owned): Owned {
    // The session may have been lost, or replaced, while the claim was in flight: the key goes
    // with that session, so this broker must not serve the bundle.
    if (owned.session !== this.session || owned.session.signal.aborted) {
      throw new BrookError(ErrorCode.NotOwner, `the session for ${bundle.name} was lost while claiming it`);
    }
    this.owned.set(bundle.name, owned);
    return owned;
  }

  /**
   * Re-reads a bundle this broker believes it owns (after its ledger was fenced by someone else):
   * it stays owned only if the key still is the one this broker created. Claims of the bundle wait
   * for the answer. Resolves false when it is not owned here (any more).
   */
  async verify(bundle: Bundle): Promise<boolean> {
    const owned = this.owned.get(bundle.name);
    if (!owned) return false;
    this.owned.delete(bundle.name);
    const checking = (async () => {
      const current = await this.metadata.get(keyOf(bundle));
      if (current?.version !== owned.version) throw notOwner(bundle, current && parseOwner(current.value));
      return this.adopt(bundle, owned);
    })().finally(() => this.pending.delete(bundle.name));
    this.pending.set(bundle.name, checking);
    return checking.then(
      () => true,
      () => false,
    );
  }

  /** The owner's URL: this broker's if it owns the bundle, another's as its key says, or undefined. */
  async ownerOf(bundle: Bundle): Promise<OwnerRecord | undefined> {
    const owned = this.owned.get(bundle.name);
    if (owned && !owned.session.signal.aborted) return this.self();
    const current = await this.metadata.get(keyOf(bundle));
    if (!current) return undefined;
    const owner = parseOwner(current.value);
    // Our own key from a session this broker has lost: it is about to vanish, nobody serves it.
    if (owner?.brokerId === this.self().brokerId) return undefined;
    return owner;
  }

  /** Forgets every bundle without touching the store: their keys went with the lost session. */
  forgetAll(): void {
    this.owned.clear();
  }

  /** Deletes the keys of every owned bundle (a clean shutdown hands them over at once). */
  async releaseAll(): Promise<void> {
    const owned = [...this.owned];
    this.owned.clear();
    await Promise.allSettled(
      owned.map(([name, { version, session }]) =>
        session.signal.aborted
          ? undefined
          : this.metadata.delete(`${OWNERSHIP_PREFIX}${name}`, { expectedVersion: version }),
      ),
    );
  }
}

function keyOf(bundle: Bundle): string {
  return `${OWNERSHIP_PREFIX}${bundle.name}`;
}

function parseOwner(value: Buffer): OwnerRecord | undefined {
  try {
    const record = JSON.parse(value.toString('utf8')) as Partial<OwnerRecord>;
    return typeof record.brokerId === 'string' && typeof record.url === 'string'
      ? { brokerId: record.brokerId, url: record.url }
      : undefined;
  } catch {
    return undefined;
  }
}

function notOwner(bundle: Bundle, owner: OwnerRecord | undefined): BrookError {
  return new BrookError(
    ErrorCode.NotOwner,
    owner ? `bundle ${bundle.name} is owned by ${owner.url}` : `bundle ${bundle.name} is not owned by this broker`,
  );
}
