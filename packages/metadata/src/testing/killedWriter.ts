import { EmbeddedMetadataStore } from '../EmbeddedMetadataStore.js';

/**
 * The process that the kill -9 test kills (run as `node killedWriter.js <path>` after transpiling).
 * It opens an embedded store at <path>, puts a key bound to a session, then puts numbered keys one
 * after another, printing each acknowledged write as a JSON line `{ key, version, sessionBound }`. It never
 * closes the store: it is meant to die mid-write.
 */
const MAX_WRITES = 100_000;

const path = process.argv[2];
if (path === undefined) throw new Error('usage: killedWriter <store path>');
const store = await EmbeddedMetadataStore.open({ path });
const session = await store.createSession();
const boundKey = '/crash/session-bound';
acknowledge(boundKey, await store.put(boundKey, Buffer.from('bound'), { session }), true);
for (let index = 0; index < MAX_WRITES; index++) {
  const key = `/crash/${String(index).padStart(6, '0')}`;
  acknowledge(key, await store.put(key, Buffer.from(String(index))), false);
}

function acknowledge(key: string, version: number, sessionBound: boolean): void {
  process.stdout.write(`${JSON.stringify({ key, version, sessionBound })}\n`);
}
