// The compose-go reference fixtures (../shared/compose-reference) laid out as compose-go's tests
// see them: its loader/testdata and cli/testdata files back at their original paths (from each
// fixture's `source`), and each test-literal fixture in a folder of loader/ with `testdata` beside
// it, so `extends: {file: testdata/extends/base.yaml}` and `include:` resolve as in the Go tests.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../shared/compose-reference');

export interface ReferenceFixture {
  dir: string;
  expect: 'valid' | 'invalid' | 'needs-network' | 'partial';
  source: string;
  test?: string;
  why?: string;
}

export interface LaidOutFixture extends ReferenceFixture {
  /** The main compose file and its overrides, where compose-go's test reads them. */
  main: string;
  overrides: string[];
}

export function referenceFixtures(): ReferenceFixture[] {
  return (JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'manifest.json'), 'utf8')) as { fixtures: ReferenceFixture[] }).fixtures;
}

/** Copies the fixtures into a temp folder in compose-go's layout; `extra` adds files (relative path -> text) first. */
export function layOutFixtures(extra: Record<string, string> = {}): { root: string; fixtures: LaidOutFixture[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'svclint-compose-reference-'));
  for (const [rel, text] of Object.entries(extra)) write(root, rel, text);
  const fixtures: LaidOutFixture[] = [];
  const all = referenceFixtures();
  for (const fixture of all.filter((f) => f.dir.startsWith('loader/testdata/'))) {
    const from = path.join(REFERENCE_DIR, fixture.dir);
    const to = path.join(root, path.dirname(fixture.source));
    mkdirSync(to, { recursive: true });
    cpSync(path.join(from, 'compose.yaml'), path.join(root, fixture.source));
    if (existsSync(path.join(from, '.env')) && !existsSync(path.join(to, '.env'))) cpSync(path.join(from, '.env'), path.join(to, '.env'));
    fixtures.push({ ...fixture, main: path.join(root, fixture.source), overrides: [] });
  }
  for (const fixture of all.filter((f) => !f.dir.startsWith('loader/testdata/'))) {
    const to = path.join(root, path.dirname(fixture.source), path.basename(fixture.dir));
    cpSync(path.join(REFERENCE_DIR, fixture.dir), to, { recursive: true });
    // validation_test.go's TestValidateSecret runs `checks["configs.*"]` on its literal at path
    // configs.test: the literal is a configs entry, not a compose file.
    if (fixture.source.startsWith('validation/validation_test.go')) {
      const entry = readFileSync(path.join(to, 'compose.yaml'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => `    ${line}`);
      writeFileSync(path.join(to, 'compose.yaml'), ['configs:', '  test:', ...entry, ''].join('\n'));
    }
    symlinkSync(path.join(root, path.dirname(fixture.source), 'testdata'), path.join(to, 'testdata'));
    const names = readdirSync(to);
    fixtures.push({
      ...fixture,
      main: path.join(to, 'compose.yaml'),
      overrides: names.includes('compose.override.yaml') ? [path.join(to, 'compose.override.yaml')] : [],
    });
  }
  return { root, fixtures };
}

function write(root: string, rel: string, text: string): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}
