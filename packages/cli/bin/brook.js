#!/usr/bin/env -S node --initial-old-space-size=512
// The `brook` command. The CLI is TypeScript compiled to dist/ by `npm run build` (npm start builds too).
// --initial-old-space-size: a broker or bookie allocates payload-sized buffers at hundreds of MB/s,
// and with V8's small starting old-generation limit it ran a full mark-compact every 50-100 ms on a
// heap of ~25 MB. A 512 MB starting limit cut the standalone's CPU time per message by about a
// fifth and halved its e2e p99 (docs/performance.md). It reserves no memory up front.
import('../dist/main.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('brook is not built yet: run `npm run build` in the repository root first');
  process.exit(1);
});
