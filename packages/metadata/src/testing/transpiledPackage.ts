import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const sourceDir = fileURLToPath(new URL('..', import.meta.url));
const workspaceNodeModules = fileURLToPath(new URL('../../../../node_modules', import.meta.url));

/**
 * Writes this package's sources, tests left out, as plain JavaScript under `outDir`, so that a bare
 * `node` can run them in a child process (`src/x.ts` becomes `outDir/x.js`). Packages resolve from
 * the workspace's node_modules, so @brook/protocol must have been built.
 */
export async function transpilePackageTo(outDir: string): Promise<void> {
  const files = await readdir(sourceDir, { recursive: true });
  for (const file of files.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const source = await readFile(join(sourceDir, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true },
      fileName: file,
    });
    const target = join(outDir, file.replace(/\.ts$/, '.js'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, outputText);
  }
  await writeFile(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }));
  await symlink(workspaceNodeModules, join(outDir, 'node_modules'), 'dir');
}
