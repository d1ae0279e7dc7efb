// Every compose file of the shared corpus through the real loader and the compose-parse and
// compose-schema rules: no crash, compose-parse exactly on the files Compose cannot load as YAML
// (INVALID.md sections 1 and 3), compose-schema on every file INVALID.md marks schema-invalid, and
// no compose-schema finding on a real-world file INVALID.md does not list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import composeParse from '../rules/compose/compose-parse';
import composeSchema from '../rules/compose/compose-schema';
import { loadStack } from '../src/compose';
import { emptyDatabaseModel } from '../src/database/model';
import { runRules } from '../src/engine/lint';
import { FileCache } from '../src/files/cache';
import { rendered, selection } from './helpers/rule-tester';
import { buildPolicy } from '../src/policy/config';
import type { Stack } from '../src/compose/types';
import type { HostModel } from '../src/model/types';
import { corpusDir } from './helpers/cli';

const corpus = corpusDir();
const rel = (abs: string) => path.relative(corpus, abs).split(path.sep).join('/');
const SNIPPETS = 'compose-spec__compose-go/_extracted_from_go_tests/';

/** Compose files as SOURCES.md counts them by name, plus the compose-go snippets and testdata, plus Docker-Homelab's stack files. */
function composeFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) composeFiles(abs, out);
    else if (/\.ya?ml$/.test(entry.name)) {
      const r = rel(abs);
      if (
        entry.name.includes('compose') ||
        r.startsWith(SNIPPETS) ||
        r.startsWith('compose-spec__compose-go/loader/testdata/') ||
        r.startsWith('JulioCassianoAlves__Docker-Homelab/')
      )
        out.push(abs);
    }
  }
  return out;
}

/** Files Compose refuses before any schema: the YAML itself (INVALID.md sections 1 and 3). */
const INVALID_YAML = new Map([
  ['compose-spec__compose-go/loader/testdata/empty.yaml', 'empty compose file'],
  [`${SNIPPETS}loader__loader__L00478__TestNonStringKeys.yaml`, 'non-string key'],
  [`${SNIPPETS}loader__loader__L00487__TestNonStringKeys.yaml`, 'non-string key'],
  [`${SNIPPETS}loader__loader__L00499__TestNonStringKeys.yaml`, 'non-string key'],
  [`${SNIPPETS}loader__merge_reset__L00070__Test_DuplicateReset.yaml`, 'duplicate key "command"'],
  [`${SNIPPETS}loader__reset__L00163__TestResetCycle.yaml`, 'recursive alias'],
  [`${SNIPPETS}loader__reset__L00196__TestAliasBombPrevented.yaml`, 'excessive aliasing'],
  [`${SNIPPETS}loader__reset__L00217__TestAliasBombPrevented.yaml`, 'excessive aliasing'],
  [`${SNIPPETS}loader__reset__L00387__TestAliasNodePreservation.yaml`, 'excessive aliasing'],
  [`${SNIPPETS}loader__reset__L00504__TestMergeKeyAliasToScalarRejected.yaml`, 'merge key << requires a mapping'],
]);

/** Files INVALID.md marks schema-invalid: the snippet table's last column and section 2's census. */
function schemaInvalidFiles(): string[] {
  const text = readFileSync(path.join(corpus, 'INVALID.md'), 'utf8');
  const files = new Set<string>(['docker__compose/pkg/e2e/fixtures/wrong-composefile/compose.yaml']);
  for (const line of text.split('\n')) {
    const row = /^\| (loader__\S+\.yaml|validation__\S+\.yaml) \|.*\| schema-invalid \|$/.exec(line);
    if (row) files.add(SNIPPETS + row[1]);
    const census = /^- `([^`]+)`: schema-invalid/.exec(line);
    if (census) files.add(census[1]!);
  }
  // Its verdict: only invalid for a YAML 1.1 parser (`yes` becomes a boolean); Compose reads YAML 1.2.
  files.delete('IceWhaleTech__CasaOS-AppStore/Apps/WeKnora/docker-compose.yml');
  return [...files];
}

/**
 * Real-world files INVALID.md does not list that Docker Compose refuses after the schema (found
 * once svclint ran compose-go's post-schema checks on the interpolated model), with the evidence.
 */
const REFUSED_AFTER_SCHEMA = new Map([
  // `depends_on: [zipline-db]`, but the stack's database service is named `zipline-1-db`:
  // compose-go graph.newGraph, "service zipline-1 depends on undefined service zipline-db".
  ['runtipi__runtipi-appstore/apps/zipline-1/docker-compose.yml', "depends on undefined service 'zipline-db'"],
  // `KOMETA_NO_MISSING=${CONF_KOMETA_NO_MISSING-false}` and later `KOMETA_NO_MISSING=false`: with the
  // variable unset (no .env) both items read `KOMETA_NO_MISSING=false`, and compose-go validates the
  // interpolated model, where the environment list must have unique items.
  ['runtipi__runtipi-appstore/apps/kometa/docker-compose.yml', 'environment[22]: duplicate of item 7'],
]);

/** Repositories of real stacks (not test fixtures of Compose itself or of a linter). */
const REAL_WORLD = [
  'tailscale-dev__ScaleTail',
  'borjapazr__mars-server',
  'GeekTekRob__gtr_homelab',
  'JulioCassianoAlves__Docker-Homelab',
  'IceWhaleTech__CasaOS-AppStore',
  'Dokploy__templates',
  'runtipi__runtipi-appstore',
  'docker__awesome-compose',
  'getsentry__self-hosted',
  'supabase__supabase',
  'n8n-io__self-hosted-ai-starter-kit',
];

describe.skipIf(!existsSync(corpus))('compose corpus: compose-parse and compose-schema', () => {
  let files: string[] = [];
  const byFile = new Map<string, ReturnType<typeof rendered>>();

  beforeAll(async () => {
    files = composeFiles(corpus).sort();
    // Each file is its own stack, loaded by the real loader; one model holds them all.
    const stacks: Stack[] = files.map((abs) => loadStack(abs, [], { archived: false }));
    const model = {
      root: corpus,
      cwd: corpus,
      tree: { root: corpus, entries: [], byRel: new Map(), children: new Map(), problems: [] },
      policy: buildPolicy(null, corpus),
      capabilityDirs: [],
      groupDirs: [],
      serviceDirs: [],
      stacks,
      services: stacks.flatMap((s) => s.services),
      database: emptyDatabaseModel(),
      files: new FileCache(),
    } satisfies HostModel;
    const findings = rendered((await runRules(model, selection(composeParse, composeSchema))).findings, corpus);
    for (const finding of findings) byFile.set(rel(finding.path), [...(byFile.get(rel(finding.path)) ?? []), finding]);
  }, 120_000);

  it('finds the corpus compose files', () => {
    expect(files.length).toBeGreaterThan(1900);
  });

  it('reports compose-parse exactly on the files whose YAML Compose refuses, at a real position', () => {
    const parsed = [...byFile].filter(([, fs]) => fs.some((f) => f.rule === 'compose-parse'));
    expect(parsed.map(([file]) => file).sort()).toEqual([...INVALID_YAML.keys()].sort());
    for (const [file, findings] of parsed) {
      const finding = findings.find((f) => f.rule === 'compose-parse')!;
      expect(finding.message).toContain(INVALID_YAML.get(file)!);
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('accepts the navidrome TAB before a colon, as Compose (yaml.v3) does', () => {
    expect(byFile.get('GeekTekRob__gtr_homelab/services/navidrome/docker-compose.yml') ?? []).toEqual([]);
  });

  it('accepts CasaOS WeKnora (YAML 1.2 keeps `yes` a string)', () => {
    expect(byFile.get('IceWhaleTech__CasaOS-AppStore/Apps/WeKnora/docker-compose.yml') ?? []).toEqual([]);
  });

  it('reports every file INVALID.md marks schema-invalid', () => {
    const expected = schemaInvalidFiles();
    expect(expected.length).toBeGreaterThan(25);
    const missed = expected.filter((file) => !(byFile.get(file) ?? []).some((f) => f.rule === 'compose-schema' || f.rule === 'compose-parse'));
    expect(missed).toEqual([]);
  });

  it('reports what Compose refuses after the schema in real-world files INVALID.md does not list', () => {
    for (const [file, message] of REFUSED_AFTER_SCHEMA) {
      expect(
        (byFile.get(file) ?? []).map((f) => `${f.rule} ${f.message}`),
        file,
      ).toEqual([expect.stringContaining(message)]);
    }
  });

  it('stays silent on every other real-world file INVALID.md does not list', () => {
    const listed = new Set([...schemaInvalidFiles(), ...REFUSED_AFTER_SCHEMA.keys()]);
    const falsePositives = [...byFile]
      .filter(([file]) => REAL_WORLD.some((repo) => file.startsWith(`${repo}/`)) && !listed.has(file))
      .map(([file, fs]) => `${file}: ${fs.map((f) => `${f.line}:${f.column} ${f.message}`).join(' | ')}`);
    expect(falsePositives).toEqual([]);
  });

  it('points every finding at a line and column inside the file', () => {
    for (const [file, findings] of byFile) {
      const lines = readFileSync(path.join(corpus, file), 'utf8').split('\n').length;
      for (const f of findings) {
        expect(f.line, file).toBeGreaterThanOrEqual(1);
        expect(f.line!, file).toBeLessThanOrEqual(lines);
        expect(f.column, file).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
