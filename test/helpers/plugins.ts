// Helpers of the plugin tests.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli';

/**
 * Replaces the project's ts-morph by one that throws when loaded, with the same package versions: a
 * run that loads TypeScript fails, one that uses the cache (same key) does not.
 */
export function poisonTsMorph(dir: string): void {
  const modules = path.join(dir, 'node_modules');
  const tsMorph = path.join(modules, 'ts-morph');
  const common = path.join(modules, '@ts-morph', 'common');
  mkdirSync(tsMorph, { recursive: true });
  mkdirSync(common, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/ts-morph/package.json'), 'utf8'));
  writeFileSync(path.join(tsMorph, 'package.json'), JSON.stringify({ ...manifest, main: 'poison.js' }));
  writeFileSync(path.join(tsMorph, 'poison.js'), "throw new Error('ts-morph was loaded');\n");
  cpSync(path.join(REPO_ROOT, 'node_modules/@ts-morph/common/package.json'), path.join(common, 'package.json'));
}
