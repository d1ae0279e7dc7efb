// vitest globalSetup: end-to-end tests run the built dist/cli.cjs and dist/action.js, so a test must
// never check a stale build. When any source is newer than the bundle, build it (esbuild only; the
// type-check is `npm run build`'s) before the first test file runs.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = ['src', 'rules', 'schemas', 'scripts', 'package.json', 'package-lock.json'];
const BUNDLES = ['dist/cli.cjs', 'dist/cli-main.js', 'dist/action.js'];

function newest(abs: string): number {
  const stats = statSync(abs, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(abs).map((name) => newest(path.join(abs, name))));
}

export function bundleIsStale(): boolean {
  const built = Math.min(...BUNDLES.map((file) => statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return Math.max(...SOURCES.map((p) => newest(path.join(ROOT, p)))) > built;
}

export default function setup(): void {
  if (!bundleIsStale()) return;
  process.stderr.write('svclint tests: dist/ is older than the sources; building it first (node scripts/build.mjs --no-typecheck)\n');
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-typecheck'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
