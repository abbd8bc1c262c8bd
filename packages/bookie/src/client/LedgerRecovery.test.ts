import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { LedgerClient } from './LedgerClient.js';
import { entry, text, useLedgerTestbed } from './testing/ledgerTestbed.js';

describe('LedgerRecovery', () => {
  const bed = useLedgerTestbed();

  /**
   * E=3, Qw=3, Qa=2 with entries 0..3 confirmed, entry 4 stored on two bookies but never acked,
   * entry 5 sent but lost everywhere: the writer's LAC is 3.
   */
  async function crashedWriter() {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    for (let n = 0; n < 4; n++) await writer.append(entry(n));
    const bookies = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    const [a, b, c] = bookies;
    a!.addMode = 'store-silently';
    b!.addMode = 'store-silently';
    c!.addMode = 'drop';
    const unconfirmed = [writer.append(entry(4))];
    for (const bookie of bookies) bookie.addMode = 'drop';
    unconfirmed.push(writer.append(entry(5)));
    for (const add of unconfirmed) add.catch(() => undefined);
    for (const bookie of bookies) bookie.addMode = 'ack';
    expect(writer.lastAddConfirmed).toBe(3);
    return { writer, bookies };
  }

  it('fences, recovers an entry that reached fewer than all bookies, and closes at the right entry', async () => {
    const { writer, bookies } = await crashedWriter();
    const [, , lagging] = bookies;
    expect(lagging?.storedEntryIds(writer.ledgerId)).toEqual([0, 1, 2, 3]);

    const reader = await bed.client.open(writer.ledgerId, { recover: true });

    expect(reader).toMatchObject({ closed: true, lastEntryId: 4 });
    expect(await bed.client.getMetadata(writer.ledgerId)).toMatchObject({
      state: 'CLOSED',
      lastEntryId: 4,
      length: 5 * text(0).length,
    });
    expect(bookies.every((bookie) => bookie.isFenced(writer.ledgerId))).toBe(true);
    expect(lagging?.storedEntryIds(writer.ledgerId)).toEqual([0, 1, 2, 3, 4]);
    expect(lagging?.adds.filter((add) => add.recovery === true).map((add) => add.entryId)).toEqual([4]);
    expect((await reader.read(0, 4)).map((e) => e.data.toString())).toEqual([0, 1, 2, 3, 4].map(text));
    await expect(writer.append(entry(6))).rejects.toBeInstanceOf(LedgerFencedError);
  });

  it('concurrent recoveries converge on the same closed ledger, and a later one just reads it', async () => {
    const { writer } = await crashedWriter();
    const other = new LedgerClient({ metadata: bed.metadata, bookies: bed.pool });
    const readers = await Promise.all([
      bed.client.open(writer.ledgerId, { recover: true }),
      other.open(writer.ledgerId, { recover: true }),
    ]);
    expect(readers.map((reader) => reader.lastEntryId)).toEqual([4, 4]);
    const closed = await bed.metadata.get(`/brook/ledgers/${writer.ledgerId}`);

    const again = await bed.client.open(writer.ledgerId, { recover: true });
    expect(again.lastEntryId).toBe(4);
    expect((await bed.metadata.get(`/brook/ledgers/${writer.ledgerId}`))?.version).toBe(closed?.version);
  });

  it('recovers an empty ledger to lastEntryId -1 and length 0', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 });
    const reader = await bed.client.open(writer.ledgerId, { recover: true });
    expect(reader).toMatchObject({ closed: true, lastEntryId: -1 });
    expect(await bed.client.getMetadata(writer.ledgerId)).toMatchObject({
      state: 'CLOSED',
      lastEntryId: -1,
      length: 0,
    });
  });

  it('fails while too few bookies can be fenced, and a later recovery finishes the job', async () => {
    const { writer, bookies } = await crashedWriter();
    const [a, b] = bookies;
    a!.failure = new BrookError(ErrorCode.Unavailable, 'down');
    b!.failure = new BrookError(ErrorCode.Unavailable, 'down');
    await expect(bed.client.open(writer.ledgerId, { recover: true })).rejects.toMatchObject({
      code: ErrorCode.Unavailable,
    });
    expect((await bed.client.getMetadata(writer.ledgerId)).state).toBe('IN_RECOVERY');

    a!.failure = undefined;
    b!.failure = undefined;
    const reader = await bed.client.open(writer.ledgerId, { recover: true });
    expect(reader.lastEntryId).toBe(4);
  });
});
