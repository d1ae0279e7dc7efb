// Rules never touch the disk, and every file a run needs is read once, through the run's one file
// cache: a real run reads its compose files, .env and env files, included files and documents
// through it; rules import nothing but the public API; the loaders read no file on their own.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint, resolveTarget } from '../src/engine/lint';
import { buildHostModel } from '../src/model/host';
import { FileCache } from '../src/files/cache';
import { REPO_ROOT } from './helpers/cli';
import { makeTree } from './helpers/tree';

describe("the run's file cache", () => {
  it('holds every file the run read, each once: compose files, .env, env files, includes, documents', async () => {
    const cwd = makeTree({
      'svclint.config.yaml': stringify({ docs: ['docs/*.md'] }),
      docs: { 'INVENTORY.md': 'n8n: services/automation/n8n\nold: services/apps/openweb\n' },
      services: {
        automation: {
          'docker-compose.yml': 'include:\n  - ./n8n/worker.yml\nservices:\n  n8n:\n    image: n8nio/n8n:${N8N_TAG}\n    env_file: ./n8n/n8n.env\n',
          '.env': 'N8N_TAG=1.70.3\n',
          n8n: {
            'n8n.env': 'DB_POSTGRESDB_USER=n8n_user\nDB_POSTGRESDB_PASSWORD=hunter2hunter2\n',
            'worker.yml': 'services:\n  worker:\n    image: n8nio/n8n:1.70.3\n',
          },
        },
      },
    });
    const files = new FileCache();
    const [result] = await lint({ cwd, paths: ['.'], files });
    const read = files.readFiles.map((f) => path.relative(cwd, f));
    expect(new Set(read).size).toBe(read.length);
    expect(read).toEqual(
      expect.arrayContaining([
        'services/automation/docker-compose.yml',
        'services/automation/.env',
        'services/automation/n8n/n8n.env',
        'services/automation/n8n/worker.yml',
        'docs/INVENTORY.md',
      ]),
    );
    // A finding in the document (its key is the line's text) needed no second read.
    expect(result!.findings.map((f) => `${f.rule} ${f.path}:${f.line}`)).toEqual(expect.arrayContaining(['stale-doc-path docs/INVENTORY.md:2']));
  });

  it('a stack folder the scan listed without a .env is not read for one, and the one that has it is', async () => {
    const cwd = makeTree({
      'svclint.config.yaml': stringify({}),
      services: {
        automation: {
          'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:${N8N_TAG}\n',
          '.env': 'N8N_TAG=1.70.3\n',
        },
        monitoring: { 'docker-compose.yml': 'services:\n  kuma:\n    image: louislam/uptime-kuma:${KUMA_TAG:-1.23.16}\n' },
      },
    });
    const files = new FileCache();
    await lint({ cwd, paths: ['.'], files });
    const read = files.readFiles.map((f) => path.relative(cwd, f));
    expect(read).toContain('services/automation/.env');
    expect(read).not.toContain('services/monitoring/.env');
    expect(files.error(path.join(cwd, 'services/monitoring/.env'))).toBe('ENOENT');
    expect(files.text(path.join(cwd, 'services/automation/.env'))).toBe('N8N_TAG=1.70.3\n');
  });

  it('knows what the scan found (links followed) without a stat of its own, and still reads a small file it only knew the kind of', async () => {
    const cwd = makeTree({
      'svclint.config.yaml': stringify({}),
      services: {
        automation: {
          'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n    build: ./n8n\n',
          n8n: { Dockerfile: 'FROM n8nio/n8n:1.70.3\n', 'notes.md': 'hello\n' },
          'to-n8n': { symlink: 'n8n' },
          dangling: { symlink: 'nowhere' },
        },
      },
    });
    const files = new FileCache();
    const target = resolveTarget('.', cwd, null);
    await buildHostModel(target.root, target.policy, cwd, { files });
    const automation = path.join(cwd, 'services/automation');
    // Gone from the disk after the scan: the cache still answers from the scan.
    rmSync(path.join(automation, 'n8n/Dockerfile'));
    expect(files.kind(path.join(automation, 'n8n/Dockerfile'))).toBe('file');
    expect(files.kind(path.join(automation, 'to-n8n'))).toBe('dir');
    expect(files.kind(path.join(automation, 'dangling'))).toBeNull();
    expect(files.smallText(path.join(automation, 'n8n/notes.md'))).toBe('hello\n');
  });
});

/** Every .ts file below a folder of the repository. */
function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(abs);
    }
  };
  walk(path.join(REPO_ROOT, folder));
  return out.sort();
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

describe("rules touch neither the disk nor svclint's internals", () => {
  it.each(sources('rules').map((f) => [path.relative(REPO_ROOT, f)]))('%s imports only the public API, node:path and other rule files', (rel) => {
    const file = path.join(REPO_ROOT, rel);
    const outside = imports(file).filter((spec) => {
      if (spec === 'node:path') return false;
      if (!spec.startsWith('.')) return true;
      const target = path.resolve(path.dirname(file), spec);
      return !(target === path.join(REPO_ROOT, 'src', 'api') || target.startsWith(path.join(REPO_ROOT, 'rules') + path.sep));
    });
    expect(outside).toEqual([]);
  });
});

describe('the loaders read through the file cache', () => {
  /** Modules that read files themselves, and why that is not a second read of a tree file. */
  const READERS: Record<string, string> = {
    'src/files/cache.ts': 'the cache itself',
    'src/policy/config.ts': 'the config file, read once before the tree is known',
    'src/compose/stack.ts': "the fallback reader of loadStack when called without the run's cache (the library API)",
    'src/compose/env-file.ts': 'readEnvFile, a helper outside the lint flow',
    'src/plugins/load.ts': "plugin packages' package.json",
    'src/plugins/typescript.ts': "the plugin cache's manifests and svclint's own package.json",
    'src/action/changed.ts': 'the GitHub event payload',
    'src/commands/init.ts': 'init reads what it is about to overwrite',
    'src/migrate/apply.ts': 'migrate applies edits to files on disk',
    'src/migrate/fsstate.ts': 'migrate compares the disk with its journal',
    'src/migrate/journal.ts': 'the migration journal',
    'src/migrate/lock.ts': 'the migration lock',
    'src/migrate/render/sh.ts': 'the migration script renders file contents',
    'src/database/initdb/read.ts': "readInitScript without the run's cache (its own tests, the library API)",
    'src/database/exec/run.ts': "runEnvironment without the model's script texts (its own tests)",
    'src/database/exec/server.ts': "the throwaway server's pid file and log",
    'src/loader/cli.ts': 'the CLI bundle and its V8 code cache, before any svclint code runs',
    'src/cache/result.ts': "the --cache file, and svclint's own bundle for its key",
    'src/cache/inputs.ts': '--cache: replaying the recorded reads to see whether any input changed',
  };

  it('no other module calls readFile/readFileSync', () => {
    const readers = sources('src')
      .filter((file) => /\breadFile(Sync)?\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO_ROOT, file).split(path.sep).join('/'));
    expect(readers.filter((file) => !(file in READERS))).toEqual([]);
    expect(Object.keys(READERS).filter((file) => !readers.includes(file))).toEqual([]);
  });
});
