import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { useLedgerTestbed } from './testing/ledgerTestbed.js';

describe('LedgerClient', () => {
  const bed = useLedgerTestbed();

  it('creates OPEN ledgers with unique increasing ids on distinct writable bookies', async () => {
    const first = await bed.client.create({
      ensembleSize: 3,
      writeQuorum: 2,
      ackQuorum: 1,
      properties: { owner: 'a/b/c' },
    });
    const second = await bed.client.create({ ensembleSize: 2, writeQuorum: 2, ackQuorum: 2 });
    expect(second.ledgerId).toBeGreaterThan(first.ledgerId);
    const created = await bed.client.getMetadata(first.ledgerId);
    expect(created).toMatchObject({
      ledgerId: first.ledgerId,
      ensembleSize: 3,
      writeQuorum: 2,
      ackQuorum: 1,
      state: 'OPEN',
      lastEntryId: -1,
      length: 0,
      properties: { owner: 'a/b/c' },
    });
    expect(new Set(created.ensembles[0]?.bookies).size).toBe(3);
    expect(created.masterKey).toMatch(/^[0-9a-f]{40}$/);
  });

  it('fails with NOT_ENOUGH_BOOKIES when fewer writable bookies than the ensemble size', async () => {
    bed.pool.readOnly.add('bookie-0');
    await expect(bed.client.create({ ensembleSize: 3, writeQuorum: 2, ackQuorum: 2 })).rejects.toMatchObject({
      code: ErrorCode.NotEnoughBookies,
    });
    const writer = await bed.client.create({ ensembleSize: 2, writeQuorum: 2, ackQuorum: 2 });
    expect((await bed.client.getMetadata(writer.ledgerId)).ensembles[0]?.bookies.sort()).toEqual([
      'bookie-1',
      'bookie-2',
    ]);
  });

  it('rejects quorums that do not satisfy ackQuorum <= writeQuorum <= ensembleSize', async () => {
    for (const options of [
      { ensembleSize: 2, writeQuorum: 3, ackQuorum: 2 },
      { ensembleSize: 3, writeQuorum: 2, ackQuorum: 3 },
      { ensembleSize: 3, writeQuorum: 0, ackQuorum: 0 },
    ]) {
      await expect(bed.client.create(options)).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    }
  });

  it('deletes a ledger’s metadata; unknown ledgers are LEDGER_NOT_FOUND', async () => {
    const writer = await bed.client.create({ ensembleSize: 3, writeQuorum: 3, ackQuorum: 2 });
    await writer.append([Buffer.from('x')]);
    await writer.close();
    await bed.client.delete(writer.ledgerId);
    await expect(bed.client.getMetadata(writer.ledgerId)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
    await expect(bed.client.open(writer.ledgerId, { recover: false })).rejects.toMatchObject({
      code: ErrorCode.LedgerNotFound,
    });
    await expect(bed.client.delete(writer.ledgerId)).rejects.toMatchObject({ code: ErrorCode.LedgerNotFound });
  });
});
