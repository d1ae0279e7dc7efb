// Build: type-check, then bundle the CLI into dist/ with esbuild (one file plus lazily loaded chunks),
// so a run resolves few modules at start-up.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// Schemas first: the type-check and the bundle import the generated validators.
execFileSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
const skipTypecheck = process.argv.includes('--no-typecheck');
if (!skipTypecheck) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // libpg-query loads its WebAssembly next to its own module: keep it a runtime dependency.
  external: ['libpg-query', 'mvdan-sh'],
  banner: { js: "import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
