// Regenerates generated/brook.{js,d.ts} from proto/. Run with `npm run gen` after editing a
// .proto file; protocol.test.ts fails while the checked-in code is out of date.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cliDir = dirname(require.resolve('protobufjs-cli/package.json'));

export function generate(outDir) {
  const protoDir = join(packageDir, 'proto');
  const protos = readdirSync(join(protoDir, 'brook/v1'))
    .map((f) => join(protoDir, 'brook/v1', f))
    .sort();
  const js = execFileSync(
    process.execPath,
    [
      join(cliDir, 'bin/pbjs'),
      '-t',
      'static-module',
      '-w',
      join(packageDir, 'scripts/wrapper.js'),
      '--force-number',
      '--dependency',
      'protobufjs/minimal.js',
      '--no-verify',
      '--no-delimited',
      '--no-beautify',
      '-p',
      protoDir,
      ...protos,
    ],
    { cwd: protoDir, maxBuffer: 64 << 20 },
  ).toString();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'brook.js'), js);
  const dts = execFileSync(process.execPath, [join(cliDir, 'bin/pbts'), '--no-comments', join(outDir, 'brook.js')], {
    maxBuffer: 64 << 20,
  }).toString();
  writeFileSync(join(outDir, 'brook.d.ts'), dts);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) generate(join(packageDir, 'generated'));
