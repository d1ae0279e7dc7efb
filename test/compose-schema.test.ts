import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateComposeSchema, formatKeyPath, isInterpolated, type ComposeSchemaIssue } from '../src/compose/schema';
import { editDistance, nearest } from '../src/compose/schema/suggest';
import { findNode, nodeLoc } from '../src/yaml/positions';
import { tempDir } from './helpers/tree';
import type { SourceLoc } from '../src/files/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function corpusRoot(): string {
  if (process.env.SVCLINT_CORPUS) return process.env.SVCLINT_CORPUS;
  const beside = path.resolve(repoRoot, '../shared/corpus');
  return fs.existsSync(beside) ? beside : '/work/shared/corpus';
}
const corpus = corpusRoot();

interface Checked {
  issues: ComposeSchemaIssue[];
  /** Where each issue points in the file, as the lead's finding will. */
  locs: (SourceLoc | null)[];
  data: unknown;
}

/** Parses like svclint does (YAML 1.2, merge keys), validates, and locates every issue in the text. */
function check(text: string, file = 'compose.yaml'): Checked {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { merge: true, lineCounter });
  expect(doc.errors.map((error) => error.message)).toEqual([]);
  const data = doc.toJS({ maxAliasCount: 1000 });
  const issues = validateComposeSchema(data);
  const locs = issues.map((issue) => {
    const found = findNode(doc, issue.path);
    return nodeLoc(file, lineCounter, issue.atKey ? found?.key : found?.value);
  });
  return { issues, locs, data };
}

function checkFile(file: string): Checked {
  return check(fs.readFileSync(file, 'utf8'), file);
}

/** 1-based line and column of the first occurrence of `needle` in the text. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => line.includes(needle));
  expect(index, `'${needle}' in text`).toBeGreaterThanOrEqual(0);
  return { line: index + 1, column: lines[index]!.indexOf(needle) + 1 };
}

function tempCompose(text: string): string {
  const dir = tempDir('svclint-compose-schema-');
  const file = path.join(dir, 'compose.yaml');
  fs.writeFileSync(file, text);
  return file;
}

describe('unknown keys', () => {
  it('names the key, suggests the near one and points at the key', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    enviroment:\n      - TZ=UTC\n';
    const file = tempCompose(text);
    const { issues, locs } = checkFile(file);
    expect(issues).toEqual([
      {
        path: ['services', 'web', 'enviroment'],
        keyPath: 'services.web.enviroment',
        message: "services.web: unknown key 'enviroment' (did you mean 'environment'?)",
        atKey: true,
        suggestion: 'environment',
      },
    ]);
    expect(locs[0]).toEqual({ file, line: 4, column: 5 });
  });

  it('suggests network_mode for network-mode (runtipi watchyourlan)', () => {
    const file = path.join(corpus, 'runtipi__runtipi-appstore/apps/watchyourlan/docker-compose.yml');
    const text = fs.readFileSync(file, 'utf8');
    const { issues, locs } = checkFile(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.suggestion).toBe('network_mode');
    expect(issues[0]!.message).toBe("services.watchyourlan: unknown key 'network-mode' (did you mean 'network_mode'?)");
    expect(locs[0]).toEqual({ file, ...positionOf(text, 'network-mode:') });
  });

  it('reports wrongField in the docker/compose wrong-composefile fixture', () => {
    const file = path.join(corpus, 'docker__compose/pkg/e2e/fixtures/wrong-composefile/compose.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const { issues, locs } = checkFile(file);
    expect(issues.map((issue) => issue.keyPath)).toEqual(['services.simple.wrongField']);
    expect(issues[0]!.suggestion).toBeNull();
    expect(locs[0]).toEqual({ file, ...positionOf(text, 'wrongField:') });
  });

  it('suggests top-level and nested keys, and accepts x- extensions everywhere the spec does', () => {
    const text = [
      'x-common: &common {restart: unless-stopped}',
      'servces: {}',
      'services:',
      '  app:',
      '    <<: *common',
      '    image: app:1',
      '    x-note: kept',
      '    ports:',
      '      - target: 80',
      '        publised: 8080',
      '        x-why: proxy',
      '',
    ].join('\n');
    const { issues, locs } = check(text);
    expect(issues.map((issue) => [issue.keyPath, issue.suggestion])).toEqual([
      ['servces', 'services'],
      ['services.app.ports[0].publised', 'published'],
    ]);
    expect(issues[1]!.message).toBe("services.app.ports[0]: unknown key 'publised' (did you mean 'published'?)");
    expect(locs).toEqual([
      { file: 'compose.yaml', ...positionOf(text, 'servces:') },
      { file: 'compose.yaml', ...positionOf(text, 'publised:') },
    ]);
  });

  it('explains a service name the spec does not allow', () => {
    const { issues } = check('services:\n  "my app":\n    image: a:1\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.keyPath).toBe('services["my app"]');
    expect(issues[0]!.message).toContain("key 'my app' is not allowed (names must match ^[a-zA-Z0-9._-]+$)");
  });
});

describe('one message per alternative (oneOf)', () => {
  it('reports a mapping inside a list environment once, at the item', () => {
    const text = 'services:\n  web:\n    image: a:1\n    environment:\n      - FOO: bar\n';
    const { issues, locs } = check(text);
    expect(issues.map((issue) => issue.message)).toEqual(['services.web.environment[0]: expected string, got mapping']);
    expect(issues[0]!.atKey).toBe(false);
    expect(locs[0]).toEqual({ file: 'compose.yaml', ...positionOf(text, 'FOO: bar') });
  });

  it('merges the types of every branch at the same place', () => {
    const { issues } = check('services:\n  web:\n    image: a:1\n    command: 123\n');
    expect(issues.map((issue) => issue.message)).toEqual(['services.web.command: expected null, string or list, got number']);
  });

  it('keeps the deepest error of nested alternatives', () => {
    const text = 'services:\n  web:\n    image: a:1\n    networks:\n      front:\n        aliases: 5\nnetworks:\n  front: {}\n';
    const { issues, locs } = check(text);
    expect(issues.map((issue) => issue.message)).toEqual(['services.web.networks.front.aliases: expected list, got number']);
    expect(locs[0]).toEqual({ file: 'compose.yaml', line: 6, column: 18 });
  });

  it('suggests the nearest enum value', () => {
    const text = 'services:\n  web:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healty\n  db:\n    image: b:1\n';
    const { issues, locs } = check(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.suggestion).toBe('service_healthy');
    expect(issues[0]!.message).toMatch(/^services\.web\.depends_on\.db\.condition: 'service_healty' is not one of .* \(did you mean 'service_healthy'\?\)$/);
    expect(locs[0]).toEqual({ file: 'compose.yaml', line: 6, column: 20 });
  });

  it('reports a missing required key on the object that lacks it', () => {
    const text = [
      'services:',
      '  gpu:',
      '    image: a:1',
      '    deploy:',
      '      resources:',
      '        reservations:',
      '          devices:',
      '            - driver: nvidia',
      '              count: 1',
      '',
    ].join('\n');
    const { issues, locs } = check(text);
    expect(issues.map((issue) => issue.message)).toEqual(["services.gpu.deploy.resources.reservations.devices[0]: missing required key 'capabilities'"]);
    expect(locs[0]).toEqual({ file: 'compose.yaml', ...positionOf(text, 'driver: nvidia') });
  });

  it('points a duplicate at the later item and never prints the value', () => {
    const text = 'services:\n  web:\n    image: a:1\n    environment:\n      - DB_PASSWORD=hunter2\n      - DB_PASSWORD=hunter2\n';
    const { issues, locs } = check(text);
    expect(issues.map((issue) => issue.message)).toEqual(['services.web.environment[1]: duplicate of item 0']);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
    expect(locs[0]).toEqual({ file: 'compose.yaml', line: 6, column: 9 });
  });

  it('reports a top-level document that is not a mapping', () => {
    expect(validateComposeSchema(['services']).map((issue) => issue.message)).toEqual(['top level: expected mapping, got list']);
  });
});

describe('interpolation', () => {
  it('accepts interpolated strings where the spec wants a number, boolean or enum value', () => {
    const text = [
      'services:',
      '  web:',
      '    image: nginx:${TAG:-1.27}',
      '    ports:',
      '      - "${PORT}:80"',
      '      - target: 80',
      '        published: ${PUBLISHED}',
      '    cpus: ${CPUS}',
      '    mem_limit: ${X}',
      '    restart: ${R}',
      '    pull_policy: ${PULL}',
      '    use_api_socket: ${SOCKET}',
      '    oom_score_adj: $OOM',
      '    depends_on:',
      '      db:',
      '        condition: ${CONDITION:?set it}',
      '        required: ${DB_REQUIRED:-true}',
      '    networks:',
      '      front:',
      '        priority: ${PRIORITY}',
      '    volumes:',
      '      - type: tmpfs',
      '        target: /tmp',
      '        tmpfs:',
      '          size: ${TMPFS_SIZE}',
      '  db:',
      '    image: postgres:17',
      'networks:',
      '  front: {}',
      '',
    ].join('\n');
    const { issues, data } = check(text);
    expect(issues).toEqual([]);
    // The caller's data is not changed by the stand-in values used while validating.
    expect((data as { services: { web: { use_api_socket: unknown } } }).services.web.use_api_socket).toBe('${SOCKET}');
  });

  it('still rejects what no interpolation can fix', () => {
    const text = [
      'services:',
      '  web:',
      '    image: a:1',
      '    use_api_socket: "$${SOCKET}"', // `$$` is a literal dollar: this is the string "${SOCKET}"
      '    environment: ${ENVIRONMENT}', // a string can never become a mapping or list
      '    depends_on:',
      '      db:',
      '        condition: service_started',
      '        required: 1',
      '  db:',
      '    image: b:1',
      '',
    ].join('\n');
    const { issues } = check(text);
    expect(issues.map((issue) => issue.message).sort()).toEqual([
      'services.web.depends_on.db.required: expected boolean, got number',
      'services.web.environment: expected mapping or list, got string',
      'services.web.use_api_socket: expected boolean, got string',
    ]);
  });

  it('recognises the interpolation forms Compose does', () => {
    expect(isInterpolated('${A}')).toBe(true);
    expect(isInterpolated('x-$A')).toBe(true);
    expect(isInterpolated('${A:-1}:80')).toBe(true);
    expect(isInterpolated('$$A')).toBe(false);
    expect(isInterpolated('$${A}')).toBe(false);
    expect(isInterpolated('price: 5$')).toBe(false);
    expect(isInterpolated(5)).toBe(false);
  });
});

describe('suggestions and key paths', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('enviroment', 'environment')).toBe(1);
    expect(editDistance('imgae', 'image')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('prefers a -/_ or case variant, and gives up past two edits', () => {
    expect(nearest('network-mode', ['network_mode', 'networks'])).toBe('network_mode');
    expect(nearest('Image', ['image', 'init'])).toBe('image');
    expect(nearest('wrongField', ['image', 'environment', 'working_dir'])).toBeNull();
    expect(nearest('pit', ['pid', 'ipc'])).toBe('pid');
    expect(nearest('abc', ['pid', 'ipc'])).toBeNull();
  });

  it('quotes keys that are not plain words', () => {
    expect(formatKeyPath(['services', 'web', 'labels', 'traefik.enable'])).toBe('services.web.labels["traefik.enable"]');
    expect(formatKeyPath(['services', 'web', 'ports', 0])).toBe('services.web.ports[0]');
    expect(formatKeyPath([])).toBe('');
  });
});

// ---------------------------------------------------------------- corpus

const invalidMd = fs.readFileSync(path.join(corpus, 'INVALID.md'), 'utf8');
const snippetsDir = path.join(corpus, 'compose-spec__compose-go/_extracted_from_go_tests');

/** Snippets INVALID.md marks "schema-invalid" in its compose-go `_extracted_from_go_tests` table. */
function schemaInvalidSnippets(): string[] {
  return invalidMd
    .split('\n')
    .filter((line) => /^\| \S+\.yaml \|/.test(line) && /\| schema-invalid \|\s*$/.test(line))
    .map((line) => line.split('|')[1]!.trim());
}

describe('compose-go snippets that must fail the schema', () => {
  const snippets = schemaInvalidSnippets();
  // Alias bombs and alias cycles never reach the schema: the YAML parser refuses to expand them
  // (compose-go says `excessive aliasing`), which compose-parse reports.
  const aliasBombs = new Set(['loader__reset__L00163__TestResetCycle.yaml', 'loader__reset__L00387__TestAliasNodePreservation.yaml']);

  it('lists the snippets INVALID.md marks', () => {
    expect(snippets).toHaveLength(24);
    for (const name of aliasBombs) expect(snippets).toContain(name);
  });

  it.each(snippets)('%s', (name) => {
    const text = fs.readFileSync(path.join(snippetsDir, name), 'utf8');
    const doc = parseDocument(text, { merge: true });
    if (aliasBombs.has(name)) {
      expect(() => doc.toJS()).toThrow(/alias/i);
      return;
    }
    const { issues, locs } = check(text, name);
    expect(issues.length, `${name}: ${JSON.stringify(issues)}`).toBeGreaterThan(0);
    // Every issue points somewhere in the file, except at the document itself.
    issues.forEach((issue, index) => {
      if (issue.path.length > 0) expect(locs[index], issue.message).not.toBeNull();
    });
  });
});

const censusRepos = [
  'tailscale-dev__ScaleTail',
  'borjapazr__mars-server',
  'IceWhaleTech__CasaOS-AppStore',
  'Dokploy__templates',
  'runtipi__runtipi-appstore',
  'docker__awesome-compose',
];

function composeFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...composeFiles(full));
    else if (/compose.*\.ya?ml$/.test(entry.name)) found.push(full);
  }
  return found;
}

/** Files INVALID.md section 2 lists as schema-invalid, with its verdict line. */
function listedSchemaInvalid(): Map<string, string> {
  const listed = new Map<string, string>();
  for (const match of invalidMd.matchAll(/^- `([^`]+)`: schema-invalid - (.*)$/gm)) listed.set(match[1]!, match[2]!);
  return listed;
}

describe('corpus census', () => {
  const listed = listedSchemaInvalid();
  // Only invalid for a YAML 1.1 parser (`yes` read as a boolean); Compose and svclint read YAML 1.2.
  const yaml11Only = 'IceWhaleTech__CasaOS-AppStore/Apps/WeKnora/docker-compose.yml';

  it('finds no issue in any compose file INVALID.md does not list as invalid', () => {
    const falsePositives: string[] = [];
    let count = 0;
    for (const repo of censusRepos) {
      for (const file of composeFiles(path.join(corpus, repo))) {
        const relative = path.relative(corpus, file).split(path.sep).join('/');
        if (listed.has(relative) && relative !== yaml11Only) continue;
        count++;
        const { issues } = checkFile(file);
        for (const issue of issues) falsePositives.push(`${relative}: ${issue.message}`);
      }
    }
    console.log(`compose-schema census: ${count} valid compose files in ${censusRepos.length} repositories, ${falsePositives.length} false positives`);
    for (const line of falsePositives) console.log(`  ${line}`);
    expect(count).toBeGreaterThan(1100);
    expect(falsePositives).toEqual([]);
  });

  it('points a duplicate long-or-short volume at the later entry (Dokploy garage)', () => {
    const file = path.join(corpus, 'Dokploy__templates/blueprints/garage/docker-compose.yml');
    const text = fs.readFileSync(file, 'utf8');
    const { issues, locs } = checkFile(file);
    expect(issues.map((issue) => issue.message)).toEqual(['services.garage.volumes[2]: duplicate of item 1']);
    const lines = text.split(/\r?\n/);
    const first = lines.findIndex((line) => line.includes('garage-storage:/var/lib/garage'));
    const second = lines.findIndex((line, index) => index > first && line.includes('garage-storage:/var/lib/garage'));
    expect(second).toBeGreaterThan(first);
    expect(locs[0]).toEqual({ file, line: second + 1, column: lines[second]!.indexOf('garage-storage') + 1 });
  });

  it('reads `--appendonly yes` as a string (YAML 1.2), so WeKnora is valid', () => {
    const { issues, data } = checkFile(path.join(corpus, yaml11Only));
    const command = (data as { services: Record<string, { command?: unknown }> }).services['weknora-redis']!.command;
    expect(command).toContain('yes');
    expect(issues).toEqual([]);
  });

  it('flags every census file INVALID.md lists as schema-invalid', () => {
    const inCensus = [...listed.keys()].filter((file) => censusRepos.some((repo) => file.startsWith(`${repo}/`)) && file !== yaml11Only);
    expect(inCensus).toHaveLength(4);
    for (const relative of inCensus) {
      const { issues, locs } = checkFile(path.join(corpus, relative));
      expect(issues.length, relative).toBeGreaterThan(0);
      expect(
        locs.every((loc) => loc !== null),
        relative,
      ).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- build script

describe('build-schemas', () => {
  const script = path.join(repoRoot, 'scripts/build-schemas.mjs');
  const generated = path.join(repoRoot, 'src/compose/schema/validate-compose.generated.js');

  it('committed validator is what a fresh build generates', () => {
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('generated code needs neither ajv nor require() at run time', () => {
    const code = fs.readFileSync(generated, 'utf8');
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/^import /m);
  });

  it('--check fails on a stale copy', () => {
    const dir = tempDir('svclint-build-schema-');
    for (const relative of [
      'scripts/build-schemas.mjs',
      'schemas/compose-spec.json',
      'schemas/svclint.config.schema.json',
      'src/compose/schema/validate-compose.generated.d.ts',
      'src/compose/schema/validate-compose.generated.js',
      'src/policy/validate-config.generated.d.ts',
      'src/policy/validate-config.generated.js',
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, relative), path.join(dir, relative));
    }
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const copiedScript = path.join(dir, 'scripts/build-schemas.mjs');
    expect(spawnSync(process.execPath, [copiedScript, '--check']).status).toBe(0);

    fs.appendFileSync(path.join(dir, 'src/compose/schema/validate-compose.generated.js'), '\n// edited by hand\n');
    const stale = spawnSync(process.execPath, [copiedScript, '--check'], { encoding: 'utf8' });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('out of date: src/compose/schema/validate-compose.generated.js');

    execFileSync(process.execPath, [copiedScript]);
    expect(fs.readFileSync(path.join(dir, 'src/compose/schema/validate-compose.generated.js'), 'utf8')).toBe(fs.readFileSync(generated, 'utf8'));
  });
});
