// Finding the tree, end to end through the built CLI: no tree, a monorepo, a symlinked root, a
// file or folder argument inside a tree, a config's root, --print-config.
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { makeTree, tempDir, writeTree } from './helpers/tree';

const N8N_AS_SUPERUSER = [
  'services:',
  '  n8n:',
  '    image: n8nio/n8n:1.70.0',
  '    environment:',
  '      DB_TYPE: postgresdb',
  '      DB_POSTGRESDB_HOST: postgres',
  '      DB_POSTGRESDB_USER: postgres',
  '      DB_POSTGRESDB_DATABASE: n8n',
  '',
].join('\n');
const POSTGRES = 'services:\n  postgres:\n    image: postgres:16.4\n    container_name: postgres\n';
const host = () => ({
  services: {
    'core-infra': { 'docker-compose.yml': POSTGRES, postgres: {} },
    automation: { n8n: { 'docker-compose.yml': N8N_AS_SUPERUSER } },
    monitoring: { 'docker-compose.yml': 'services:\n  dozzle:\n    image: amir20/dozzle:latest\n', dozzle: {} },
  },
});
const json = (stdout: string) => JSON.parse(stdout) as { root: string; roots?: string[]; findings: JsonFinding[] };

describe('a path with no services tree', () => {
  it('an empty folder is exit 2, saying where svclint looked', () => {
    const dir = makeTree({ empty: {} });
    const run = runCli(['empty'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('svclint: no services tree found in empty (looked for svclint.config.yaml, services/)\n');
  });

  it('a source repository with no services/ and no stacks is exit 2, not a lint of its source', () => {
    const dir = makeTree({ src: { 'index.ts': 'export {};\n', lib: { 'a.ts': '\n' } }, 'package.json': '{}\n', '.git': {} });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^svclint: no services tree found in \. /);
  });

  it('a folder of stacks under another name is still a tree', () => {
    const dir = makeTree({ stacks: { web: { 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n' } } });
    const run = runCli(['stacks', '--format', 'json'], dir);
    expect([0, 1]).toContain(run.status);
    expect(json(run.stdout).root).toBe('stacks');
  });
});

describe('a folder holding several hosts', () => {
  it('lints each services/ as its own host, sections headed by root', () => {
    const dir = makeTree({ hosts: { a: host(), b: { services: { apps: { dozzle: {} } } } } });
    const run = runCli([], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^hosts\/a\/services\/ \(root; paths in messages are relative to it\)$/m);
    expect(run.stdout).toMatch(/^hosts\/b\/services\/ \(root; paths in messages are relative to it\)$/m);
    // Each host is read on its own: b's catch-all is not a capability folder of a.
    expect(run.stdout).toMatch(/hosts\/b\/services\/apps\n\s+error\s+'apps\/' is a catch-all directory/);
    expect(run.stdout).not.toMatch(/automation\/automation/);
    const report = json(runCli(['--format', 'json'], dir).stdout);
    expect(report.roots).toEqual(['hosts/a/services', 'hosts/b/services']);
  });
});

describe('a symlinked root', () => {
  it('finds the config beside the real tree', () => {
    const real = makeTree({ infra: { ...host(), 'svclint.config.yaml': 'rules:\n  unpinned-image: off\n' } });
    const repo = tempDir();
    symlinkSync(path.join(real, 'infra/services'), path.join(repo, 'services'));
    const linked = json(runCli(['--format', 'json'], repo).stdout);
    expect(linked.findings.map((f) => f.rule)).not.toContain('unpinned-image');
    expect(linked.findings.map((f) => f.rule)).toContain('postgres-superuser');
    // Without the config the rule fires: the difference is the config found through the link.
    const plain = makeTree(host());
    expect(json(runCli(['--format', 'json'], plain).stdout).findings.map((f) => f.rule)).toContain('unpinned-image');
  });
});

describe('a file or service folder argument', () => {
  it('a compose file: its host is linted, only that part reported (the superuser error is found)', () => {
    const dir = makeTree(host());
    const run = runCli(['services/automation/n8n/docker-compose.yml', '--format', 'json'], dir);
    expect(run.status, run.stderr).toBe(1);
    const report = json(run.stdout);
    expect(report.root).toBe('services');
    // The file, and the folders holding it (automation/ has no stack file of its own), as only-changed reports.
    expect(report.findings.map((f) => `${f.rule} ${f.path}`)).toEqual([
      'missing-stack-file services/automation',
      'postgres-superuser services/automation/n8n/docker-compose.yml',
    ]);
  });

  it('a service folder with no config: the root is services/, not the folder', () => {
    const dir = makeTree({ services: { n8n: { 'docker-compose.yml': N8N_AS_SUPERUSER }, postgres: { 'docker-compose.yml': POSTGRES } } });
    const run = runCli(['services/n8n', '--format', 'json'], dir);
    const report = json(run.stdout);
    expect(report.root).toBe('services');
    expect(report.findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual([
      'postgres-superuser services/n8n/docker-compose.yml',
      'service-outside-capability services/n8n',
    ]);
  });

  it('several parts of one host are one lint', () => {
    const dir = makeTree(host());
    const report = json(runCli(['services/automation/n8n', 'services/monitoring', '--format', 'json'], dir).stdout);
    expect(report.roots).toBeUndefined();
    expect([...new Set(report.findings.map((f) => f.rule))].sort()).toEqual(['missing-stack-file', 'postgres-superuser', 'unpinned-image']);
  });
});

describe("a config's root", () => {
  it('a root that is not a folder: the error names the key, its position and the path as written', () => {
    const dir = makeTree({ infra: { 'svclint.config.yaml': 'extends: recommended\nroot: ../elsewhere\n' } });
    const run = runCli(['infra'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("svclint: infra/svclint.config.yaml:2:1: root '../elsewhere' is not a directory (it resolves to elsewhere)\n");
  });

  it('a Windows-style root is the same folder', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'root: infra\\services\n', infra: host() });
    expect(json(runCli(['--format', 'json'], dir).stdout).root).toBe('infra/services');
  });
});

describe('--print-config', () => {
  it('prints the resolved config and root, and lints nothing', () => {
    const dir = makeTree({
      ...host(),
      'svclint.config.yaml': 'rules:\n  unpinned-image: off\nexceptions:\n  - { rule: too-deep, path: "services\\\\labs", reason: experiments }\n',
    });
    const run = runCli(['--print-config', '--rule', 'obsolete-version:error'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# the resolved config of services \(from svclint\.config\.yaml\)$/m);
    const printed = parse(run.stdout);
    expect(printed.root).toBe('services');
    expect(printed.configFile).toBe('svclint.config.yaml');
    expect(printed.rules['unpinned-image']).toBe('off');
    expect(printed.rules['obsolete-version']).toBe('error');
    expect(printed.rules['no-catch-all-dir']).toBe('error');
    expect(printed.capabilities['core-infra'].provides).toContain('proxy');
    expect(printed.exceptions).toEqual([{ rule: 'too-deep', path: 'services/labs', reason: 'experiments' }]);
    const asJson = JSON.parse(runCli(['--print-config', '--format', 'json'], dir).stdout);
    expect(asJson).toHaveLength(1);
    expect(asJson[0].root).toBe('services');
  });

  it('for the examples: the recommended policy and its root', () => {
    const run = runCli(['--print-config', 'examples/droplet-recommended', '--format', 'json'], REPO_ROOT);
    const [printed] = JSON.parse(run.stdout);
    expect(printed.root).toBe('examples/droplet-recommended/services');
    expect(printed.database.allocations).toHaveLength(4);
    expect(printed.budget.memory).toBe(4 * 1024 ** 3);
  });

  it('shows the part a folder argument reports', () => {
    const dir = tempDir();
    writeTree(dir, host());
    const [printed] = JSON.parse(runCli(['--print-config', 'services/automation', '--format', 'json'], dir).stdout);
    expect(printed.only).toEqual(['services/automation']);
  });
});
