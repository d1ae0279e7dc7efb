// Plugins through the built CLI, on real projects in temp folders: `plugins:` files, globs,
// folders and npm packages; TypeScript rules type-checked with ts-morph and cached under
// node_modules/.cache/svclint; options, directives and exceptions with plugin ids; a rule that throws.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { poisonTsMorph } from './helpers/plugins';
import { makeTree, type TreeSpec } from './helpers/tree';

const CORE = 'services:\n  traefik:\n    image: traefik:v3.1\n  postgres:\n    image: postgres:16.4\n    healthcheck:\n      test: [CMD, pg_isready]\n';

const HEALTHCHECK_TS = `import { defineRule } from 'svclint';

export default defineRule({
  meta: {
    id: 'require-healthcheck',
    group: 'house',
    severity: 'error',
    description: 'A core service without a healthcheck',
    rationale: 'Others wait for it.',
    messages: { missing: "Service '{{service}}' has no healthcheck." },
    schema: { type: 'object', properties: { capabilities: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { capabilities: ['core-infra'] },
  },
  check({ model, options, report, capabilityOf }) {
    for (const service of model.services) {
      const capability = capabilityOf(service)?.name;
      if (!capability || !options.capabilities.includes(capability) || service.resolved.healthcheck) continue;
      report({ loc: service.loc, path: service.stack.file, messageId: 'missing', data: { service: service.name }, key: service.name });
    }
  },
});
`;

/** A project (an infra repo) with svclint installed (node_modules/svclint links to this checkout). */
function project(spec: TreeSpec): string {
  const dir = makeTree({ 'package.json': '{ "name": "infra", "private": true }\n', services: { 'core-infra': { 'docker-compose.yml': CORE } }, ...spec });
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'svclint'));
  return dir;
}

function findings(stdout: string): string[] {
  return (JSON.parse(stdout).findings as JsonFinding[]).map((f) => `${f.rule} ${f.path}:${f.line}:${f.column} ${f.message}`);
}

const cacheDir = (dir: string) => path.join(dir, 'node_modules', '.cache', 'svclint', 'plugins');

describe('a TypeScript rule file', () => {
  it('is type-checked, cached, and run with its options; a warm run never loads TypeScript', () => {
    const dir = project({
      'svclint-rules': { 'require-healthcheck.ts': HEALTHCHECK_TS },
      'svclint.config.yaml': 'plugins: [./svclint-rules/*.ts]\nrules:\n  local/require-healthcheck: [error, { capabilities: [core-infra] }]\n',
    });
    const cold = runCli(['--format', 'json'], dir);
    expect(cold.status, cold.stderr).toBe(1);
    expect(findings(cold.stdout)).toEqual(["local/require-healthcheck services/core-infra/docker-compose.yml:2:3 Service 'traefik' has no healthcheck."]);
    const entries = readdirSync(cacheDir(dir)).filter((name) => name !== 'package.json');
    expect(entries).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(path.join(cacheDir(dir), entries[0]!, 'manifest.json'), 'utf8'));
    expect(manifest.sources.map((s: { file: string }) => path.basename(s.file))).toEqual(['require-healthcheck.ts']);

    // A ts-morph that throws when loaded, with the same versions: the cache key is unchanged, so a
    // warm run that loaded TypeScript would fail.
    poisonTsMorph(dir);
    const warm = runCli(['--format', 'json'], dir);
    expect(warm.status, warm.stderr).toBe(1);
    expect(findings(warm.stdout)).toEqual(findings(cold.stdout));

    // The control: a changed rule file misses the cache, and then ts-morph is loaded.
    writeFileSync(path.join(dir, 'svclint-rules', 'require-healthcheck.ts'), `${HEALTHCHECK_TS}// changed\n`);
    const miss = runCli(['--format', 'json'], dir);
    expect(miss.status).toBe(2);
    expect(miss.stderr).toMatch(/ts-morph was loaded/);
  });

  it('with a type error is a config error: exit 2, file:line:col and the compiler message', () => {
    const broken = HEALTHCHECK_TS.replace('options.capabilities.includes(capability)', 'options.capability.includes(capability)');
    const dir = project({
      'svclint-rules': { 'require-healthcheck.ts': broken },
      'svclint.config.yaml': 'plugins: [./svclint-rules/require-healthcheck.ts]\n',
    });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^svclint: svclint-rules\/require-healthcheck\.ts:17:35: TS2551: Property 'capability' does not exist on type '\{ capabilities: string\[\]; \}'\. Did you mean 'capabilities'\?\n$/,
    );
    expect(existsSync(cacheDir(dir)) && readdirSync(cacheDir(dir)).some((n) => n !== 'package.json')).toBe(false);
  });

  it('with a syntax error reports that error alone, not the type errors it causes', () => {
    const broken = HEALTHCHECK_TS.replace("id: 'require-healthcheck',", "id: 'require-healthcheck',,");
    const dir = project({
      'svclint-rules': { 'require-healthcheck.ts': broken },
      'svclint.config.yaml': 'plugins: [./svclint-rules/require-healthcheck.ts]\n',
    });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('svclint: svclint-rules/require-healthcheck.ts:5:31: TS1136: Property assignment expected.\n');
  });

  it('imports a helper file of its own; changing the helper misses the cache', () => {
    const rule = `import { defineRule } from 'svclint';
import { shout } from './lib/text';
export default defineRule({
  meta: { id: 'no-traefik', group: 'house', severity: 'warning', description: 'd', rationale: 'r', messages: { found: '{{text}}' } },
  check({ model, report }) {
    for (const s of model.services) if (s.name === 'traefik') report({ loc: s.loc, messageId: 'found', data: { text: shout(s.name) } });
  },
});
`;
    const dir = project({
      'svclint-rules': { 'no-traefik.ts': rule, lib: { 'text.ts': 'export const shout = (s: string): string => `${s.toUpperCase()}!`;\n' } },
      'svclint.config.yaml': 'plugins: [./svclint-rules/no-traefik.ts]\n',
    });
    expect(findings(runCli(['--format', 'json'], dir).stdout)).toEqual(['local/no-traefik services/core-infra/docker-compose.yml:2:3 TRAEFIK!']);
    writeFileSync(path.join(dir, 'svclint-rules', 'lib', 'text.ts'), 'export const shout = (s: string): string => `${s}?`;\n');
    expect(findings(runCli(['--format', 'json'], dir).stdout)).toEqual(['local/no-traefik services/core-infra/docker-compose.yml:2:3 traefik?']);
  });
});

describe('JavaScript plugins, folders and npm packages', () => {
  const jsRule = (id: string) => `import { defineRule } from 'svclint';
export default defineRule({
  meta: { id: '${id}', group: 'house', severity: 'warning', description: 'A service named traefik', rationale: 'r', messages: { found: "Service '{{name}}' found." } },
  check({ model, report }) {
    for (const s of model.services) if (s.name === 'traefik') report({ loc: s.loc, messageId: 'found', data: { name: s.name } });
  },
});
`;

  it("loads .js and .mjs files directly (no cache), a folder's rule files but not its tests", () => {
    const dir = project({
      rules: {
        'a.mjs': jsRule('rule-a'),
        'b.js': jsRule('rule-b').replace("import { defineRule } from 'svclint';\nexport default defineRule(", 'export default ('),
        'a.test.mjs': 'throw new Error("a test file was loaded as a rule");\n',
        'package.json': '{ "type": "module" }\n',
      },
      'svclint.config.yaml': 'plugins: [./rules/]\n',
    });
    const run = runCli(['--format', 'json'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(findings(run.stdout)).toEqual([
      "local/rule-a services/core-infra/docker-compose.yml:2:3 Service 'traefik' found.",
      "local/rule-b services/core-infra/docker-compose.yml:2:3 Service 'traefik' found.",
    ]);
    expect(existsSync(cacheDir(dir))).toBe(false);
  });

  it("names an npm package's rules after the package (svclint-plugin-acme -> acme/<id>)", () => {
    const dir = project({ 'svclint.config.yaml': 'plugins: [svclint-plugin-acme]\nrules:\n  acme/no-traefik: error\n' });
    const pkg = path.join(dir, 'node_modules', 'svclint-plugin-acme');
    mkdirSync(pkg);
    writeFileSync(path.join(pkg, 'package.json'), '{ "name": "svclint-plugin-acme", "type": "module", "exports": "./index.js" }\n');
    writeFileSync(path.join(pkg, 'index.js'), `import rule from './rule.js';\nexport default { rules: { 'no-traefik': rule } };\n`);
    writeFileSync(path.join(pkg, 'rule.js'), jsRule('no-traefik'));
    const run = runCli(['--format', 'json'], dir);
    expect(run.status, run.stderr).toBe(1);
    expect(findings(run.stdout)).toEqual(["acme/no-traefik services/core-infra/docker-compose.yml:2:3 Service 'traefik' found."]);
    const listed = runCli(['rules', '--format', 'json'], dir);
    const rule = (JSON.parse(listed.stdout) as { id: string; plugin?: string; configured: string }[]).find((r) => r.id === 'acme/no-traefik');
    expect(rule).toMatchObject({ plugin: 'acme', configured: 'error' });
  });

  it('loads a file or package named twice (a file and a glob matching it, a package listed again) once', () => {
    const dir = project({
      rules: { 'a.mjs': jsRule('rule-a'), 'package.json': '{ "type": "module" }\n' },
      'svclint.config.yaml': 'plugins: [./rules/a.mjs, ./rules/*.mjs, ./rules/]\n',
    });
    const run = runCli(['--format', 'json'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(findings(run.stdout)).toEqual(["local/rule-a services/core-infra/docker-compose.yml:2:3 Service 'traefik' found."]);
  });

  it('a JavaScript syntax error is a config error at its line and column', () => {
    const dir = project({
      rules: { 'a.mjs': jsRule('rule-a').replace("group: 'house',", "group: 'house',,"), 'package.json': '{ "type": "module" }\n' },
      'svclint.config.yaml': 'plugins: [./rules/a.mjs]\n',
    });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^svclint: rules\/a\.mjs:3:\d+: cannot load plugin: Unexpected token ','\n$/);
  });

  it('a missing package or a glob that matches nothing is a config error', () => {
    const missing = runCli([], project({ 'svclint.config.yaml': 'plugins: [svclint-plugin-nope]\n' }));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/svclint\.config\.yaml:1:11: plugin package 'svclint-plugin-nope' is not installed/);
    const empty = runCli([], project({ 'svclint.config.yaml': 'plugins: [./nothing/*.ts]\n' }));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/plugin '\.\/nothing\/\*\.ts' matches no rule file/);
  });
});

describe('plugin rules in the config, directives and exceptions', () => {
  const config = (extra = '') => `plugins: [./svclint-rules/*.ts]\n${extra}`;

  it("refuses options that break the rule's schema, and unknown plugin rule ids", () => {
    const bad = runCli(
      [],
      project({
        'svclint-rules': { 'require-healthcheck.ts': HEALTHCHECK_TS },
        'svclint.config.yaml': config('rules:\n  local/require-healthcheck: [error, { capabilities: core-infra }]\n'),
      }),
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/svclint\.config\.yaml:3:3: invalid options for rule 'local\/require-healthcheck': options\.capabilities must be array/);
    const unknown = runCli(
      [],
      project({ 'svclint-rules': { 'require-healthcheck.ts': HEALTHCHECK_TS }, 'svclint.config.yaml': config('rules:\n  local/require-healthchek: warn\n') }),
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown rule 'local\/require-healthchek'; did you mean 'local\/require-healthcheck'\?/);
    const unprefixed = runCli(
      ['rules', 'require-healthcheck'],
      project({ 'svclint-rules': { 'require-healthcheck.ts': HEALTHCHECK_TS }, 'svclint.config.yaml': config('') }),
    );
    expect(unprefixed.status).toBe(2);
    expect(unprefixed.stderr).toMatch(/unknown rule 'require-healthcheck'; did you mean 'local\/require-healthcheck'\?/);
  });

  it('honours a directive and an exception naming the plugin rule, and reports an unused one', () => {
    const core = CORE.replace('  traefik:\n', '  # svclint-disable-next-line local/require-healthcheck -- the proxy has none\n  traefik:\n');
    const dir = project({
      'svclint-rules': { 'require-healthcheck.ts': HEALTHCHECK_TS },
      'svclint.config.yaml': config(
        'rules:\n  local/require-healthcheck: [error, { capabilities: [core-infra, automation] }]\nexceptions:\n  - { rule: local/require-healthcheck, path: services/automation, reason: n8n has none }\n',
      ),
      services: { 'core-infra': { 'docker-compose.yml': core }, automation: { 'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n' } },
    });
    const run = runCli(['--format', 'json'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(findings(run.stdout)).toEqual([]);
    // Over a service that has a healthcheck, the directive suppresses nothing and is reported.
    writeFileSync(
      path.join(dir, 'services/core-infra/docker-compose.yml'),
      CORE.replace('  postgres:\n', '  # svclint-disable-next-line local/require-healthcheck -- x\n  postgres:\n'),
    );
    const unused = runCli(['--format', 'json'], dir);
    expect(findings(unused.stdout)).toEqual([
      "local/require-healthcheck services/core-infra/docker-compose.yml:2:3 Service 'traefik' has no healthcheck.",
      'unused-directive services/core-infra/docker-compose.yml:4:3 Directive svclint-disable-next-line local/require-healthcheck suppressed nothing: no local/require-healthcheck finding on line 5.',
    ]);
  });

  it('svclint rules lists the plugin rule with its docs; svclint rules ID prints them in full', () => {
    const dir = project({ 'svclint-rules': { 'require-healthcheck.ts': HEALTHCHECK_TS }, 'svclint.config.yaml': config() });
    const list = runCli(['rules'], dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(
      /\nHouse \(plugin local: svclint-rules\/require-healthcheck\.ts\)\n {2}local\/require-healthcheck +error +A core service without a healthcheck\n/,
    );
    const one = runCli(['rules', 'local/require-healthcheck'], dir);
    expect(one.stdout).toMatch(
      /^local\/require-healthcheck {2}\(house, error\)\n\n {2}A core service without a healthcheck\n\n {2}Why: Others wait for it\.\n/,
    );
    expect(one.stdout).toMatch(/Options \(JSON Schema\):\n {4}\{\n {6}"type": "object",/);
    expect(one.stdout).toMatch(/Default options: \{"capabilities":\["core-infra"\]\}/);
    expect(one.stdout).toMatch(/Messages:\n {4}missing: Service '\{\{service\}\}' has no healthcheck\./);
  });
});

describe('a plugin rule that throws', () => {
  it('is an internal failure naming the rule and its file; the other findings still come out; exit 2', () => {
    const dir = project({
      'svclint-rules': {
        'boom.mjs':
          "export default { meta: { id: 'boom', group: 'house', severity: 'error', description: 'd', rationale: 'r', messages: { m: 'm' } }, check() { throw new Error('cannot read properties of undefined'); } };\n",
      },
      'svclint.config.yaml': 'plugins: [./svclint-rules/boom.mjs]\n',
      services: { 'core-infra': { 'docker-compose.yml': "version: '3'\n" + CORE } },
    });
    const run = runCli(['--format', 'json'], dir);
    expect(run.status).toBe(2);
    expect(findings(run.stdout)).toEqual([expect.stringMatching(/^obsolete-version services\/core-infra\/docker-compose\.yml:1:1 /)]);
    expect(run.stderr).toBe(
      'svclint: internal error: rule local/boom (svclint-rules/boom.mjs) failed: cannot read properties of undefined (run with --debug for details)\n',
    );
  });
});
