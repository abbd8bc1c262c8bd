import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { callbacksRun, entry, useLedgerTestbed } from './testing/ledgerTestbed.js';

describe('LedgerHandleWriter', () => {
  const bed = useLedgerTestbed();

  it('stripes entries with E=3, Qw=2, Qa=2: entry e goes to ensemble indexes e%3 and (e+1)%3', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 });
    const ids = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => writer.append(entry(n))));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5]);
    const [first, second, third] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    expect(first?.storedEntryIds(writer.ledgerId)).toEqual([0, 2, 3, 5]);
    expect(second?.storedEntryIds(writer.ledgerId)).toEqual([0, 1, 3, 4]);
    expect(third?.storedEntryIds(writer.ledgerId)).toEqual([1, 2, 4, 5]);
    expect(writer.lastAddConfirmed).toBe(5);
    expect(writer.length).toBe(6 * 'entry-0'.length);
  });

  it('extends the frame CRC32C over a chunk from its known checksum, to the same value as reading it', async () => {
    const writer = await bed.client.create({ ensembleSize: 1, writeQuorum: 1, ackQuorum: 1 });
    const header = Buffer.from('header');
    const payload = Buffer.alloc(100_000, 7);
    await writer.append([header, payload]);
    await writer.append([header, payload], [undefined, crc32c(payload)]);
    await writer.append([header, payload], [undefined, crc32c(payload) ^ 1]);
    const [bookie] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    const [read, known, wrong] = bookie!.adds;
    expect(read!.crc32c).toBe(crc32c(Buffer.concat(read!.data)));
    expect(known!.crc32c).toBe(crc32c(Buffer.concat(known!.data)));
    // A wrong known checksum yields a frame CRC the bytes do not match: the bookie's check refuses it.
    expect(wrong!.crc32c).not.toBe(crc32c(Buffer.concat(wrong!.data)));
  });

  it('each add carries the LAC the writer knew when it sent it', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    await writer.append(entry(0));
    await writer.append(entry(1));
    const [bookie] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    expect(bookie?.adds.map((add) => [add.entryId, add.lac])).toEqual([
      [0, -1],
      [1, 0],
    ]);
  });

  it('completes adds in entry order when bookies answer out of order', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const bookies = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    for (const bookie of bookies) bookie.addMode = 'hold';
    const completed: number[] = [];
    const adds = [0, 1, 2].map((n) => writer.append(entry(n)).then((id) => completed.push(id)));
    expect(bookies.map((bookie) => bookie.held.length)).toEqual([3, 3, 3]);

    for (const bookie of bookies) bookie.release(2);
    for (const bookie of bookies) bookie.release(1);
    await callbacksRun();
    expect(completed).toEqual([]);
    expect(writer.lastAddConfirmed).toBe(-1);

    for (const bookie of bookies) bookie.release(0);
    await Promise.all(adds);
    expect(completed).toEqual([0, 1, 2]);
    expect(writer.lastAddConfirmed).toBe(2);
  });

  it('completes an add once ackQuorum bookies acked it, while the third is slow', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const [, , slow] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    slow!.addMode = 'hold';
    await expect(writer.append(entry(0))).resolves.toBe(0);
    await expect(writer.append(entry(1))).resolves.toBe(1);
    expect(slow?.held.map((held) => held.request.entryId)).toEqual([0, 1]);
    expect(slow?.storedEntryIds(writer.ledgerId)).toEqual([]);
    slow?.releaseAll();
    await writer.close();
  });

  it('a fenced bookie fails the writer: every pending and later add rejects with LEDGER_FENCED', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const [fenced, slow1, slow2] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    await writer.append(entry(0));
    slow1!.addMode = 'hold';
    slow2!.addMode = 'hold';
    const pending = [1, 2].map((n) => writer.append(entry(n)));
    await fenced!.fence(writer.ledgerId, Buffer.alloc(0));
    const refused = writer.append(entry(3));

    for (const add of [...pending, refused]) {
      const error = await add.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LedgerFencedError);
      expect((error as LedgerFencedError).code).toBe(ErrorCode.LedgerFenced);
    }
    await expect(writer.append(entry(4))).rejects.toMatchObject({ code: ErrorCode.LedgerFenced });
    expect(writer.lastAddConfirmed).toBe(0);
  });

  it('an UNAUTHORIZED bookie fails the writer: no ensemble change, every later add rejects', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const [refusing] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    refusing!.failure = new BrookError(ErrorCode.Unauthorized, 'master key mismatch');
    await expect(writer.append(entry(0))).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    await expect(writer.append(entry(1))).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    expect((await bed.client.getMetadata(writer.ledgerId)).ensembles).toHaveLength(1);
  });

  it('an unavailable bookie with no spare to replace it fails the writer with NOT_ENOUGH_BOOKIES', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    const [down] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    down!.failure = new BrookError(ErrorCode.Unavailable, 'bookie down');
    await expect(writer.append(entry(0))).rejects.toMatchObject({ code: ErrorCode.NotEnoughBookies });
    await expect(writer.append(entry(1))).rejects.toMatchObject({ code: ErrorCode.NotEnoughBookies });
  });

  it('close waits for pending adds, records CLOSED with lastEntryId and length, and is idempotent', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 3 });
    const [, , slow] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    await writer.append(entry(0));
    slow!.addMode = 'hold';
    const last = writer.append([Buffer.from('ab'), Buffer.from('cde')]);
    const closing = writer.close();
    expect(writer.close()).toBe(closing);
    await expect(writer.append(entry(2))).rejects.toMatchObject({ code: ErrorCode.LedgerClosed });

    slow?.releaseAll();
    await closing;
    await expect(last).resolves.toBe(1);
    await writer.close();
    const closed = await bed.client.getMetadata(writer.ledgerId);
    expect(closed).toMatchObject({ state: 'CLOSED', lastEntryId: 1, length: 'entry-0'.length + 5 });
  });

  it('close after a recovery closed the ledger past the writer rejects with LEDGER_FENCED', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    await writer.append(entry(0));
    const [, lostAck1, lostAck2] = bed.pool.ensemble(await bed.client.getMetadata(writer.ledgerId));
    lostAck1!.addMode = 'store-silently';
    lostAck2!.addMode = 'store-silently';
    const unconfirmed = writer.append(entry(1));
    lostAck1!.addMode = 'ack';
    lostAck2!.addMode = 'ack';

    const reader = await bed.client.open(writer.ledgerId, { recover: true });
    expect(reader.lastEntryId).toBe(1);
    await expect(writer.append(entry(2))).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(unconfirmed).rejects.toBeInstanceOf(LedgerFencedError);
    await expect(writer.close()).rejects.toBeInstanceOf(LedgerFencedError);
    expect(await bed.client.getMetadata(writer.ledgerId)).toMatchObject({ state: 'CLOSED', lastEntryId: 1 });
  });
});
