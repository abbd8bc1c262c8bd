#!/usr/bin/env node
// The `brook` command. The CLI is TypeScript compiled to dist/ by `npm run build` (npm start builds too).
import('../dist/main.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('brook is not built yet: run `npm run build` in the repository root first');
  process.exit(1);
});
