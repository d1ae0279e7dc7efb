// The oracle for Compose loading: compose-go's own fixtures and expectations
// (../shared/compose-reference, from compose-spec/compose-go @ e70e961, Apache-2.0) and more cases
// read from compose-go's tests, each with its source. svclint must accept every file the
// reference loader accepts, refuse at least 95 % of what it refuses (naming the key and line),
// interpolate and read `.env` files as it does, except for the documented choice that an unset
// variable stays visible as unknown rather than "".
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import composeParse from '../rules/compose/compose-parse';
import composeSchema from '../rules/compose/compose-schema';
import { loadStack } from '../src/compose';
import { parseDotEnv } from '../src/compose/env-file';
import { interpolate, type Interpolated } from '../src/compose/interpolate';
import { emptyDatabaseModel } from '../src/database/model';
import { runRules } from '../src/engine/lint';
import { FileCache } from '../src/files/cache';
import { rendered, selection } from './helpers/rule-tester';
import { buildPolicy } from '../src/policy/config';
import type { Stack } from '../src/compose/types';
import type { HostModel } from '../src/model/types';
import { layOutFixtures, REFERENCE_DIR, type LaidOutFixture } from './helpers/compose-reference';
import { tempDir } from './helpers/tree';

function writeFiles(files: Record<string, string>): string {
  const dir = tempDir('svclint-compose-case-');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const present = existsSync(path.join(REFERENCE_DIR, 'manifest.json'));
if (!present) console.warn(`compose reference fixtures not found at ${REFERENCE_DIR}: the oracle tests are skipped`);

/** compose-go's value: svclint's with each unknown `${NAME}` read as "" (the one documented difference). */
function asComposeGo(result: Interpolated): string {
  return result.unknown.reduce((value, name) => value.split(`\${${name}}`).join(''), result.value);
}

async function composeFindings(stack: Stack, root: string): Promise<ReturnType<typeof rendered>> {
  const model = {
    root,
    cwd: root,
    tree: { root, entries: [], byRel: new Map(), children: new Map(), problems: [] },
    policy: buildPolicy(null, root),
    capabilityDirs: [],
    groupDirs: [],
    serviceDirs: [],
    stacks: [stack],
    services: stack.services,
    database: emptyDatabaseModel(),
    files: new FileCache(),
  } satisfies HostModel;
  return rendered((await runRules(model, selection(composeParse, composeSchema))).findings, root);
}

describe.skipIf(!present)('compose-go template/template_test.go (interpolation.json)', () => {
  const data = present ? JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'interpolation.json'), 'utf8')) : { cases: [], environment: {} };
  const cases = (
    data.cases as { test: string; input: string; kind: 'ok' | 'err' | 'invalid'; expected?: string; unset?: boolean; env?: Record<string, string> }[]
  ).map((c) => ({
    ...c,
    // The manifest appends the case's environment to a few inputs (`... (VARNAME=x)`); the Go test interpolates the template alone.
    input: c.env ? c.input.replace(/ \([A-Z_]+=[^)]*\)$/, '') : c.input,
  }));

  it('has the 76 cases', () => expect(cases).toHaveLength(76));

  it.each(cases)('$test: $input', (c) => {
    const env: Record<string, string> = { ...data.environment, ...c.env };
    const result = interpolate(c.input, (name) => (Object.hasOwn(env, name) ? env[name] : undefined));
    if (c.kind === 'invalid') {
      expect(result.error?.message).toBe('invalid template');
    } else if (c.kind === 'err') {
      // compose-go: "required variable X is missing a value". An unset X stays unknown here (documented); an empty one is an error.
      const names = [...c.input.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
      const unsetRequired = names.find((name) => !Object.hasOwn(env, name));
      if (unsetRequired) expect(result.unknown).toContain(unsetRequired);
      else expect(result.error?.message).toMatch(/^required variable \w+ is missing a value/);
    } else {
      expect(result.error).toBeUndefined();
      if (c.unset) expect(result.unknown.length).toBeGreaterThan(0);
      else expect(result.unknown).toEqual([]);
      expect(asComposeGo(result)).toBe(c.expected);
    }
  });
});

describe('compose-go interpolation/interpolation_test.go', () => {
  // TestValidUnexistentInterpolation and TestValidExistentInterpolation (interpolation_test.go:101,153):
  // FOO, BAR, ZOT unset (first table) or FOO=bar, USER=jenny (second).
  it.each([
    [{}, '{{{ ${FOO:-foo_} }}}', '{{{ foo_ }}}'],
    [{}, '{{{ ${FOO:-foo-bar-value} }}}', '{{{ foo-bar-value }}}'],
    [{}, '{{{ ${FOO:-foo?bar?value} }}}', '{{{ foo?bar?value }}}'],
    [{}, '{{{ ${FOO:-foo:?bar:?value} }}}', '{{{ foo:?bar:?value }}}'],
    [{}, '{{{ ${FOO:-foo} ${BAR:-DEFAULT_VALUE} }}}', '{{{ foo DEFAULT_VALUE }}}'],
    [{}, '{{{ ${BAR} }}}', '{{{  }}}'],
    [{}, '${FOO:-baz} }}}', 'baz }}}'],
    [{}, '${FOO-baz} }}}', 'baz }}}'],
    [{}, '${FOO:-${BAR:-${ZOT:-qix}}}', 'qix'],
    [{}, '${FOO:-${BAR:-x}_test_${BAR:-y}}', 'x_test_y'],
    [{}, '${FOO:-${BAR:-x}_test}', 'x_test'],
    [{}, '${FOO:-${BAR:-${ZOT:-x}}_test}', 'x_test'],
    [{ FOO: 'bar' }, '{{{ ${FOO:-foo_} }}}', '{{{ bar }}}'],
    [{ FOO: 'bar' }, '{{{ ${FOO:-foo} ${BAR:-DEFAULT_VALUE} }}}', '{{{ bar DEFAULT_VALUE }}}'],
    [{ FOO: 'bar' }, '${FOO-baz} }}}', 'bar }}}'],
    [{ FOO: 'bar', USER: 'jenny' }, '{{{ ${FOO:-foo} ${USER:-bar} }}}', '{{{ bar jenny }}}'],
    [{ FOO: 'bar', USER: 'jenny' }, '{{{ ${USER} }}}', '{{{ jenny }}}'],
  ] as [Record<string, string>, string, string][])('%j %s', (env, template, expected) => {
    const result = interpolate(template, (name) => env[name]);
    expect(result.error).toBeUndefined();
    expect(asComposeGo(result)).toBe(expected);
  });
});

describe.skipIf(!present)('compose-go dotenv/godotenv_test.go (dotenv.json)', () => {
  const data = present ? JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'dotenv.json'), 'utf8')) : { lines: [], files: {}, invalid: [] };
  const readFixture = (name: string) => readFileSync(path.join(REFERENCE_DIR, 'dotenv-fixtures', name), 'utf8');

  it.each(data.lines as { input: string; key: string; expected: string; unset?: boolean }[])('line %j', (c) => {
    const parsed = parseDotEnv(c.input);
    expect(parsed.error).toBeNull();
    const entry = parsed.entries.filter((e) => e.key === c.key).pop()!;
    expect(entry).toBeDefined();
    if (c.unset) expect(entry.unknown.length).toBeGreaterThan(0);
    else expect(entry.unknown).toEqual([]);
    expect(asComposeGo(entry)).toBe(c.expected);
  });

  it.each(Object.entries(data.files as Record<string, Record<string, string>>))('fixture %s', (name, expected) => {
    const parsed = parseDotEnv(readFixture(name));
    expect(parsed.error).toBeNull();
    const read = new Map(parsed.entries.map((e) => [e.key, asComposeGo(e)]));
    // The Go tests check the keys they list (the file may define more).
    for (const [key, value] of Object.entries(expected)) expect([key, read.get(key)]).toEqual([key, value]);
  });

  it.each(data.invalid as ({ input: string } | { file: string })[])('refuses %j at a line', (c) => {
    const text = 'input' in c ? c.input : readFixture(c.file);
    const { error } = parseDotEnv(text);
    expect(error).not.toBeNull();
    expect(error!.line).toBeGreaterThanOrEqual(1);
    expect(error!.line).toBeLessThanOrEqual(text.split('\n').length);
  });

  it('invalid1.env is refused at its INVALID LINE (line 7)', () => {
    expect(parseDotEnv(readFixture('invalid1.env')).error).toEqual({ message: 'key cannot contain a space', line: 7, column: 1 });
  });
});

/** Files compose-go's tests write next to a fixture before loading it (Go test file:line of each). */
const COMPANION_FILES: Record<string, Record<string, string>> = {
  // extends_test.go:270 TestLoadExtendsSameFile
  '013-TestLoadExtendsSameFile': {
    'sub/compose.yaml': 'services:\n  base:\n    build:\n      context: ..\n  service:\n    extends: base\n    build:\n      target: target\n',
  },
  // extends_test.go:470 TestLoadExtendsListenerMultipleFiles
  '021-TestLoadExtendsListenerMultipleFiles': {
    'sub/compose.yaml': 'services:\n  b:\n    extends: c\n    build:\n      target: fake\n  c:\n    command: echo\n',
  },
  // loader_test.go:355 TestLoadExtendsMultipleFiles
  '037-TestLoadExtendsMultipleFiles': {
    'a/compose.yaml': 'services:\n  a:\n    build: .\n',
    'b/compose.yaml': 'services:\n  b:\n    build:\n      target: fake\n',
  },
};
/** compose-go's loader/testdata/subdir/extra.env (include_test.go and TestLoadWithInclude read it). */
const EXTRA_FILES = { 'loader/testdata/subdir/extra.env': 'SOURCE=extends\n' };

/**
 * Manifest entries whose `expect` does not hold for `docker compose`, with the evidence. Each is
 * still loaded and must behave as said here.
 */
const NOT_AS_MANIFEST: Record<string, { why: string; expect: 'valid' | 'invalid' | 'skip' }> = {
  'loader/testdata/loader-compose-depends-on-profile-no-cycle': {
    expect: 'invalid',
    why: 'compose-depends-on-profile-no-cycle.yaml is byte-identical to compose-depends-on-cycle.yaml, which TestLoadDependsOnCycle (loader_test.go:2340) expects to fail with "dependency cycle detected"; no Go test loads it',
  },
  'loader/valid1/119-TestLoadWithDependsOn': {
    expect: 'invalid',
    why: 'loaded through loadYAML with SkipConsistencyCheck (loader_test.go:73); with docker compose\'s default options an undefined dependency is refused, as TestExtendsWithServiceRef (extends_test.go:334) shows: `service "bar" depends on undefined service "zot"`',
  },
  'loader/valid1/120-TestLoadWithRemoteResources': {
    expect: 'skip',
    why: "`remote:` paths only resolve through the Go test's customLoader (loader_test.go:2396); docker compose has no such loader",
  },
  'loader/valid1/122-TestLoadWithNestedResources': {
    expect: 'skip',
    why: "`remote:` paths only resolve through the Go test's customLoader (loader_test.go:2396)",
  },
};

/** Refusals svclint does not report, and why (counted as misses). */
const KNOWN_MISSES: Record<string, string> = {
  'loader/invalid1/129-TestLoadEmptyContent_MissingProject':
    'refused only because the Go test gives no project name; `docker compose` names the project after the folder',
  'loader/invalid1/133-TestLoadProjectName': 'the same: "project name must not be empty" without a name option; `docker compose` takes the folder name',
};

describe.skipIf(!present)('compose-go loader fixtures (manifest.json)', () => {
  const { root, fixtures } = present ? layOutFixtures({ ...EXTRA_FILES, ...companionFiles() }) : { root: '', fixtures: [] as LaidOutFixture[] };
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  function companionFiles(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [fixture, files] of Object.entries(COMPANION_FILES)) for (const [rel, text] of Object.entries(files)) out[`loader/${fixture}/${rel}`] = text;
    return out;
  }

  const scored = fixtures.filter((f) => (f.expect === 'valid' || f.expect === 'invalid') && NOT_AS_MANIFEST[f.dir]?.expect !== 'skip');
  const expected = (f: LaidOutFixture) => NOT_AS_MANIFEST[f.dir]?.expect ?? f.expect;
  const load = async (f: LaidOutFixture) => composeFindings(loadStack(f.main, f.overrides, { archived: false }), root);

  it('has the fixtures the README counts', () => {
    expect(fixtures.filter((f) => f.expect === 'valid')).toHaveLength(272);
    expect(fixtures.filter((f) => f.expect === 'invalid')).toHaveLength(53);
  });

  it.each(fixtures.filter((f) => f.expect === 'needs-network' || NOT_AS_MANIFEST[f.dir]?.expect === 'skip'))('not loaded: $dir', (f) => {
    console.warn(`compose reference: ${f.dir} not scored: ${NOT_AS_MANIFEST[f.dir]?.why ?? 'needs the network (remote include/extends)'}`);
    expect(['needs-network', 'valid']).toContain(f.expect);
  });

  it.each(scored.filter((f) => expected(f) === 'valid'))('accepts $dir ($source)', async (f) => {
    const findings = await load(f);
    expect(findings.map((x) => `${x.rule} ${x.line}:${x.column} ${x.message}`)).toEqual([]);
  });

  it('refuses at least 95 % of the invalid fixtures, each finding naming the key or position, in the file', async () => {
    const invalid = scored.filter((f) => expected(f) === 'invalid');
    const missed: string[] = [];
    for (const f of invalid) {
      const findings = await load(f);
      if (findings.length === 0) {
        missed.push(f.dir);
        continue;
      }
      for (const finding of findings) {
        expect(finding.line, `${f.dir}: ${finding.message}`).toBeGreaterThanOrEqual(1);
        expect(finding.column, `${f.dir}: ${finding.message}`).toBeGreaterThanOrEqual(1);
        const lines = readFileSync(finding.path, 'utf8').split('\n').length;
        expect(finding.line!, `${f.dir}: ${finding.message}`).toBeLessThanOrEqual(lines);
        // A compose-schema message starts with the key path it is about.
        if (finding.rule === 'compose-schema') expect(finding.message, f.dir).toMatch(/^(top level|[\w.[\]"-]+):/);
      }
    }
    const caught = invalid.length - missed.length;
    console.log(
      `compose reference: ${caught} of ${invalid.length} refusals caught (${((100 * caught) / invalid.length).toFixed(1)} %); missed: ${missed.join(', ') || 'none'}`,
    );
    expect(missed.filter((dir) => !(dir in KNOWN_MISSES))).toEqual([]);
    expect(caught / invalid.length).toBeGreaterThanOrEqual(0.95);
  });

  it('locates included and extended keys in their own file', async () => {
    const f = fixtures.find((x) => x.dir === 'loader/invalid1/014-TestExtendsWithServiceRef')!;
    const findings = await load(f);
    expect(findings.map((x) => [path.relative(realpathSync(root), realpathSync(x.path)), x.message])).toEqual([
      ['loader/testdata/extends/depends_on.yaml', expect.stringMatching(/^services\.bar: depends on undefined service 'zot'/)],
    ]);
  });
});

/**
 * More cases: what compose-go refuses after the schema (the list) and what it converts,
 * each with the compose-go source that decides it.
 */
const CASES: { name: string; source: string; files: Record<string, string>; findings: (string | RegExp)[] }[] = [
  {
    name: 'string booleans compose-go converts',
    source: 'loader/interpolate.go toBoolean',
    files: {
      'compose.yaml':
        'services:\n  db: { image: postgres:16 }\n  web:\n    image: nginx:1\n    privileged: "false"\n    init: "true"\n    read_only: no\n    depends_on:\n      db: { condition: service_started, required: "false" }\n',
    },
    findings: [],
  },
  {
    name: 'numbers written as strings',
    source: 'loader/interpolate.go toInt/toFloat',
    files: {
      'compose.yaml':
        'services:\n  web:\n    image: nginx:1\n    scale: "2"\n    cpus: "0.5"\n    ports: [{ target: "80", published: "8080" }]\n    deploy: { replicas: "2" }\n',
    },
    findings: [],
  },
  {
    name: 'values compose-go cannot convert',
    source: 'loader/interpolate.go interpolateTypeCastMapping',
    files: {
      'compose.yaml':
        'services:\n  web:\n    image: nginx:1\n    privileged: maybe\n    init: "1"\n    scale: two\n    cpus: lots\n    ports: [{ target: http }]\n    deploy: { replicas: many }\n',
    },
    findings: [
      /^compose-schema 4:17 services\.web\.privileged: cannot convert 'maybe' to a boolean/,
      /^compose-schema 5:11 services\.web\.init: cannot convert '1' to a boolean/,
      /^compose-schema 6:12 services\.web\.scale: cannot convert 'two' to an integer/,
      /^compose-schema 7:11 services\.web\.cpus: cannot convert 'lots' to a number/,
      /^compose-schema 8:23 services\.web\.ports\[0\]\.target: cannot convert 'http' to an integer/,
      /^compose-schema 9:25 services\.web\.deploy\.replicas: cannot convert 'many' to an integer/,
    ],
  },
  {
    name: 'a partial override validated with what it overrides',
    source: 'loader/loader.go loadYamlFile (schema.Validate on the merged dict)',
    files: {
      'compose.yaml': 'services:\n  db: { image: postgres:16 }\n  web:\n    image: nginx:1\n    depends_on:\n      db: { condition: service_healthy }\n',
      'compose.override.yaml': 'services:\n  web:\n    depends_on:\n      db: { required: false }\n',
    },
    findings: [],
  },
  {
    name: 'an empty or comment-only override',
    source: 'loader/loader.go load ("empty compose file" only for the whole model)',
    files: { 'compose.yaml': 'services:\n  web: { image: nginx:1 }\n', 'compose.override.yaml': '# nothing yet\n' },
    findings: [],
  },
  {
    name: 'an override breaking the schema is reported in the override',
    source: 'loader/loader.go loadYamlFile',
    files: { 'compose.yaml': 'services:\n  web: { image: nginx:1 }\n', 'compose.override.yaml': 'services:\n  web:\n    enviroment: [A=1]\n' },
    findings: [/^compose-schema 3:5 services\.web: unknown key 'enviroment'/],
  },
  {
    name: 'extends of an undefined service',
    source: 'loader/extends.go applyServiceExtends',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx:1\n    extends: base\n' },
    findings: [/^compose-schema 4:14 services\.web\.extends: cannot extend service 'web': service 'base' not found/],
  },
  {
    name: 'an extends cycle',
    source: 'loader/loader.go cycleTracker',
    files: { 'compose.yaml': 'services:\n  a: { image: x:1, extends: b }\n  b: { image: x:1, extends: a }\n' },
    findings: [/extends cycle detected/],
  },
  {
    name: 'a depends_on cycle (TestLoadDependsOnCycle)',
    source: 'loader/loader_test.go:2340, graph/cycle.go',
    files: { 'compose.yaml': 'services:\n  a: { image: x:1, depends_on: [b] }\n  b: { image: x:1, depends_on: [a] }\n' },
    findings: [/^compose-schema 3:33 services\.b: dependency cycle detected: a -> b -> a/],
  },
  {
    name: 'an undefined dependency (TestValidateDependsOn)',
    source: 'loader/validate_test.go:248',
    files: { 'compose.yaml': 'services:\n  myservice:\n    image: x:1\n    depends_on: [missingservice]\n' },
    findings: [/^compose-schema 4:18 services\.myservice: depends on undefined service 'missingservice'/],
  },
  {
    name: 'network_mode with networks (TestValidateNetworkMode)',
    source: 'loader/validate_test.go:87',
    files: { 'compose.yaml': 'services:\n  s:\n    image: x:1\n    network_mode: host\n    networks: [front]\nnetworks:\n  front: {}\n' },
    findings: [/^compose-schema 5:5 services\.s: 'network_mode' and 'networks' are mutually exclusive/],
  },
  {
    name: 'platform not in build.platforms',
    source: 'loader/validate.go checkConsistency',
    files: { 'compose.yaml': 'services:\n  s:\n    build: { context: ., platforms: [linux/amd64] }\n    platform: linux/arm64\n' },
    findings: [/^compose-schema 4:15 services\.s\.platform: build\.platforms must include 'linux\/arm64'/],
  },
  {
    name: 'an include cycle (TestLoadWithIncludeCycle)',
    source: 'loader/loader_test.go:2303, loader/include.go',
    files: {
      'compose.yaml': 'include: [other.yaml]\nservices:\n  a: { image: x:1 }\n',
      'other.yaml': 'include: [compose.yaml]\nservices:\n  b: { image: x:1 }\n',
    },
    findings: [/^compose-schema 1:11 include\[0\]: include cycle detected: compose\.yaml includes other\.yaml includes compose\.yaml/],
  },
  {
    name: 'an invalid template in an included file, at its line and column',
    source: 'template/template.go InvalidTemplateError',
    files: { 'compose.yaml': 'include: [sub/compose.yaml]\n', 'sub/compose.yaml': 'services:\n  web:\n    image: "nginx:${ TAG}"\n' },
    findings: [/^compose-parse 3:19 Compose file does not load: services\.web\.image: invalid interpolation format "\$\{ TAG\}"/],
  },
  {
    name: 'an unterminated quote in .env',
    source: 'dotenv/parser.go extractVarValue',
    files: { 'compose.yaml': 'services:\n  web: { image: nginx:1 }\n', '.env': 'A=1\nB="open\n' },
    findings: [/^compose-parse 2:3 Compose file does not load: \.env: unterminated quoted value "open/],
  },
  {
    name: 'a required env_file that is missing',
    source: 'types/project.go loadEnvFile',
    files: {
      'compose.yaml':
        'services:\n  web:\n    image: nginx:1\n    env_file: [{ path: ./missing.env, required: true }, { path: ./optional.env, required: false }]\n',
    },
    findings: [/^compose-schema 4:24 services\.web\.env_file\[0\]: env file \.\/missing\.env not found/],
  },
];

describe('more cases from compose-go', () => {
  it.each(CASES)('$name ($source)', async ({ files, findings }) => {
    const dir = writeFiles(files);
    const overrides = files['compose.override.yaml'] ? [path.join(dir, 'compose.override.yaml')] : [];
    const found = await composeFindings(loadStack(path.join(dir, 'compose.yaml'), overrides, { archived: false }), dir);
    const shown = found.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
    expect(shown).toEqual(findings.map((f) => (typeof f === 'string' ? f : expect.stringMatching(f))));
  });
});
