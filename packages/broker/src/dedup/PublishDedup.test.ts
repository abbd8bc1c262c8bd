import type { pb } from '@brook/protocol';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchOf, RawBroker, type RawStream } from '../../../../test/harness/rawGrpc.js';
import { Broker } from '../Broker.js';
import { parseBrokerConfig } from '../config.js';
import { useBookieTestbed } from '../testing/bookieTestbed.js';

const TOPIC = 'public/default/dedup-wire';

describe('publish handler de-duplication over gRPC', () => {
  const testbed = useBookieTestbed();
  let broker: Broker;
  let raw: RawBroker;

  const startBroker = async () => {
    broker = new Broker({
      config: parseBrokerConfig({ host: '127.0.0.1', port: 0, httpPort: 0 }),
      metadata: testbed.metadata,
      ledgers: testbed.ledgers,
      registry: new Registry(),
    });
    await broker.start();
    raw = new RawBroker(broker.url);
  };

  const stopBroker = async () => {
    raw.close();
    await broker.close();
  };

  /** Opens producer `name` and returns the stream with the broker's answer. */
  const open = async (name: string) => {
    const stream = raw.publish();
    stream.write({ open: { topic: TOPIC, producerName: name } });
    const reply = await stream.next();
    return { stream, opened: reply.opened as pb.IProducerOpened };
  };

  const send = (stream: RawStream<pb.IPublishRequest, pb.PublishResponse>, ...batches: pb.IPublishBatch[]) =>
    stream.write({ batches: { batches } });

  beforeEach(startBroker);
  afterEach(stopBroker);

  it('answers a resent batch with a duplicate receipt, in order, and stores it once', async () => {
    const { stream, opened } = await open('p');
    expect(Number(opened.lastSequenceId)).toBe(-1);
    send(stream, batchOf(['a', 'b'], 0), batchOf(['c'], 2));
    send(stream, batchOf(['a', 'b'], 0), batchOf(['d'], 3), batchOf(['c'], 2));
    const receipts = await stream.receipts(5);
    expect(receipts.map((r) => [Number(r.sequenceId), r.duplicate ?? false])).toEqual([
      [0, false],
      [2, false],
      [0, true],
      [3, false],
      [2, true],
    ]);
    expect(receipts.map((r) => Number(r.baseOffset ?? 0))).toEqual([0, 2, 0, 3, 0]);
    expect(receipts[2]?.ledgerId ?? 0).toEqual(0);
    expect(await stream.end()).toBeUndefined();
  });

  it('tells a reopened producer the last sequence id it persisted, also after a broker restart', async () => {
    const { stream } = await open('p');
    send(stream, batchOf(['a'], 0), batchOf(['b', 'c'], 1));
    await stream.receipts(2);
    await stream.end();

    const again = await open('p');
    expect(Number(again.opened.lastSequenceId)).toBe(2);
    expect(Number((await open('other')).opened.lastSequenceId)).toBe(-1);
    await again.stream.end();

    await stopBroker();
    await startBroker();
    const restarted = await open('p');
    expect(Number(restarted.opened.lastSequenceId)).toBe(2);
    send(restarted.stream, batchOf(['b', 'c'], 1), batchOf(['d'], 3));
    const receipts = await restarted.stream.receipts(2);
    expect(receipts.map((r) => [Number(r.sequenceId), r.duplicate ?? false, Number(r.baseOffset ?? 0)])).toEqual([
      [1, true, 0],
      [3, false, 3],
    ]);
    await restarted.stream.end();
  });
});
