// `svclint init [path] [--workflow] [--pre-commit] [--force]`: a commented svclint.config.yaml
// inferred from the tree (src/policy/infer.ts), and optionally the GitHub workflow and the
// pre-commit hook. Nothing that exists is overwritten without --force.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import type { CommandContext } from '../cli/main';
import { UsageError } from '../errors';
import { buildHostModel } from '../model/host';
import { buildPolicy } from '../policy/config';
import { CONFIG_FILE_NAMES, findServicesTrees } from '../policy/discover';
import { inferConfig, type InferredConfig } from '../policy/infer';
import { formatBytes } from '../util/bytes';
import { displayPath } from '../util/paths';
import { escapeRegex } from '../util/text';
import { writeFileMakingDirs } from '../util/write-file';
import { VERSION } from '../version';

const CONFIG_NAME = CONFIG_FILE_NAMES[0]!;
const WORKFLOW = '.github/workflows/svclint.yml';
const PRE_COMMIT = '.pre-commit-config.yaml';

export async function runInit({ args, flags, io }: CommandContext): Promise<number> {
  if (args.length > 1) throw new UsageError('usage: svclint init [path] [--workflow] [--pre-commit] [--force]');
  const arg = args[0] ?? '.';
  const { configDir, root } = locateTree(arg, io.cwd);
  const force = flags.bool('force') === true;
  const repoDir = gitRoot(configDir) ?? configDir;
  const shown = (abs: string) => displayPath(abs, io.cwd);

  // Every file is checked before any is written: a refusal leaves the tree as it was.
  const configFile = path.join(configDir, CONFIG_NAME);
  const existing = CONFIG_FILE_NAMES.map((name) => path.join(configDir, name)).filter((f) => existsSync(f));
  const workflowFile = path.join(repoDir, WORKFLOW);
  const refused = [...(existing.length > 0 && !force ? existing : []), ...(flags.bool('workflow') && existsSync(workflowFile) && !force ? [workflowFile] : [])];
  if (refused.length > 0)
    throw new UsageError(`${refused.map(shown).join(', ')} already exist${refused.length === 1 ? 's' : ''}: not overwritten (use --force to replace)`);

  const policy = buildPolicy(null, configDir);
  const model = await buildHostModel(root, policy, io.cwd, { database: true });
  const inferred = inferConfig(model, configDir);
  writeFileMakingDirs(configFile, renderConfig(inferred, shown(root)));
  const written = [`${shown(configFile)} (${summary(inferred)})`];
  const shadowed = existing.filter((f) => f !== configFile);
  if (shadowed.length > 0)
    io.stderr(`svclint: note: ${shadowed.map(shown).join(', ')} ${shadowed.length === 1 ? 'is' : 'are'} now shadowed by ${CONFIG_NAME} (it is found first)\n`);

  const treePath = displayPath(configDir, repoDir);
  if (flags.bool('workflow')) {
    writeFileMakingDirs(workflowFile, renderWorkflow(treePath));
    written.push(shown(workflowFile));
  }
  if (flags.bool('pre-commit')) written.push(addPreCommitHook(path.join(repoDir, PRE_COMMIT), displayPath(root, repoDir), treePath, force, shown));

  io.stdout(
    `svclint init: wrote ${written.join('; ')}\nNext: read the config (lines marked "guess" need a look), then run: svclint${arg === '.' ? '' : ` ${arg}`}\n`,
  );
  return 0;
}

/** Where the config goes and which folder is the tree: `path/services`, `path` named services (config beside it), or `path` holding stacks. */
function locateTree(arg: string, cwd: string): { configDir: string; root: string } {
  const dir = path.resolve(cwd, arg);
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(`${arg}: no such directory`);
  if (!stats.isDirectory()) throw new UsageError(`${arg}: not a directory (give the folder holding services/)`);
  if (statSync(path.join(dir, 'services'), { throwIfNoEntry: false })?.isDirectory()) return { configDir: dir, root: path.join(dir, 'services') };
  if (path.basename(dir) === 'services') return { configDir: path.dirname(dir), root: dir };
  const hosts = findServicesTrees(dir, 3);
  if (hosts.length > 1) {
    const list = hosts.map((h) => displayPath(path.dirname(h), cwd)).join(', ');
    throw new UsageError(`${arg} holds ${hosts.length} services trees: run svclint init in each host folder (${list})`);
  }
  if (hosts.length === 1) return { configDir: path.dirname(hosts[0]!), root: hosts[0]! };
  if (holdsCompose(dir)) return { configDir: dir, root: dir };
  throw new UsageError(`no services tree found in ${arg} (looked for services/ and compose files)`);
}

/** A compose file in the folder or one level below it (a tree named otherwise, like `stacks/`). */
function holdsCompose(dir: string): boolean {
  const isCompose = (name: string) => /^(docker-)?compose\.ya?ml$/.test(name);
  const names = safeList(dir);
  return names.some(isCompose) || names.some((name) => safeList(path.join(dir, name)).some(isCompose));
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function gitRoot(dir: string): string | null {
  let current = dir;
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function summary(inferred: InferredConfig): string {
  const guesses = inferred.allocations.filter((a) => a.guess).length;
  const parts = [
    `${inferred.newCapabilities.length} new capabilit${inferred.newCapabilities.length === 1 ? 'y' : 'ies'}`,
    `${inferred.allocations.length} allocation${inferred.allocations.length === 1 ? '' : 's'}${guesses ? ` (${guesses} marked guess)` : ''}`,
  ];
  if (inferred.memory) parts.push(`budget ${budgetValue(inferred.memory.total)}`);
  return parts.join(', ');
}

// ------------------------------------------------------------------ rendering

/** A YAML scalar: plain when it cannot be misread, JSON-quoted otherwise. */
function scalar(value: string): string {
  const plain = /^[\w./][\w./*-]*$/.test(value) && !/^[-+]?\.?\d/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

const list = (values: readonly string[]) => `[${values.map(scalar).join(', ')}]`;

/** Rounded up to 256 MiB, so the tree as it is passes and the next big service does not. */
function budgetValue(bytes: number): string {
  const step = 256 * 1024 ** 2;
  const rounded = Math.max(step, Math.ceil(bytes / step) * step);
  return rounded % 1024 ** 3 === 0 ? `${rounded / 1024 ** 3}GiB` : `${rounded / 1024 ** 2}MiB`;
}

export function renderConfig(inferred: InferredConfig, rootShown: string): string {
  const out: string[] = [
    `# svclint config, written by \`svclint init\` (svclint ${VERSION}) from the tree in ${rootShown}/.`,
    '# It starts from the built-in recommended policy (SERVICE_DIRECTORY_STRUCTURE.md) and adds what',
    '# the tree shows. Lines marked "guess" come from one side only: check them, then drop the word.',
    '# Reference: https://github.com/svclint/svclint#configuration',
    'extends: recommended',
    `root: ${scalar(inferred.root)}`,
    '',
    '# Capability folders (decision tree step 1: "What capability does this provide?").',
  ];
  for (const cap of inferred.builtInCapabilities) out.push(`#   ${cap.name}/ (built in): ${cap.services.join(', ') || 'empty'}`);
  for (const cap of inferred.notCapabilities) out.push(`#   ${cap.name}/ is left undeclared: ${cap.reason}`);
  if (inferred.newCapabilities.length > 0) {
    out.push('capabilities:');
    for (const cap of inferred.newCapabilities) {
      const holds =
        cap.services.length > 0 ? cap.services.join(', ') : cap.stackServices.length > 0 ? `a stack (${cap.stackServices.join(', ')})` : 'nothing yet';
      out.push(`  ${scalar(cap.name)}:  # holds ${holds}`);
      out.push(`    description: ""  # TODO: what it holds (svclint place shows it)`);
      out.push(`    provides: []  # TODO: the kinds it answers for svclint place --provides`);
    }
  } else {
    out.push('# (no folder beyond the built-in capabilities)');
  }

  out.push(
    '',
    '# Placement table: the built-in catalog already knows',
    `#   ${inferred.recognised.map((r) => `${r.name} -> ${r.capability}/`).join(', ') || '(none of these services)'}`,
  );
  if (inferred.unplaced.length > 0) out.push(`# No rule places these yet (give each a capability folder): ${inferred.unplaced.join(', ')}`);
  if (inferred.placed.length > 0) {
    out.push('services:');
    for (const s of inferred.placed) out.push(`  ${scalar(s.name)}: { capability: ${scalar(s.capability)} }`);
  }

  out.push('', '# Systems: services that belong together share one capability folder.');
  const builtIn = inferred.systems.filter((s) => s.builtIn);
  for (const s of builtIn) out.push(`#   ${s.name} (built in, -> ${s.capability}/): ${s.members.join(', ')} found`);
  const guessed = inferred.systems.filter((s) => !s.builtIn);
  if (guessed.length > 0) {
    out.push('systems:');
    for (const s of guessed) out.push(`  ${scalar(s.name)}: { capability: ${scalar(s.capability)}, members: ${list(s.members)} }  # guess: one name prefix`);
  } else if (builtIn.length === 0) {
    out.push('#   (none recognised)');
  }

  out.push('', 'database:');
  if (inferred.postgres)
    out.push(`  postgres: { service: ${scalar(inferred.postgres.service)}, capability: ${scalar(inferred.postgres.capability)} }  # ${inferred.postgres.note}`);
  else if (inferred.postgresNote) out.push(`  # postgres: { service: NAME, capability: core-infra }  # ${inferred.postgresNote}`);
  else out.push('  # no Postgres container found');
  out.push('  # The allocation table: which service owns which database and role in the shared Postgres,');
  out.push('  # from the connections in the compose files and the databases and roles the init scripts create.');
  if (inferred.allocations.length > 0) {
    out.push('  allocations:');
    for (const a of inferred.allocations) {
      out.push(`    - { service: ${scalar(a.service)}, database: ${scalar(a.database)}, role: ${scalar(a.role)} }  # ${a.guess ? 'guess: ' : ''}${a.source}`);
    }
  } else {
    out.push('  allocations: []  # no service connects to a shared Postgres with a role svclint can read');
  }
  for (const note of inferred.allocationNotes) out.push(`  # not in the table: ${note}`);

  out.push('');
  if (inferred.memory && inferred.memory.total > 0) {
    const m = inferred.memory;
    const parts = [`declared limits ${formatBytes(m.declared)}`, `catalog estimates ${formatBytes(m.estimated)} for services with no limit`];
    out.push(
      `# The stacks add up to ${formatBytes(m.total)} (${parts.join(', ')}${m.unknown.length ? `; ${m.unknown.length} with neither are not counted` : ''}).`,
    );
    out.push("# Set the host's memory instead if you know it (the seed plans a 4GiB droplet).");
    out.push(`budget: { memory: ${budgetValue(m.total)} }`);
  } else {
    out.push("# budget: { memory: 4GiB }  # no service declares a memory limit: set the host's memory");
  }
  if (inferred.docs.length > 0) out.push('', '# Documents checked by stale-doc-path (services paths they name must exist).', `docs: ${list(inferred.docs)}`);
  out.push('');
  return out.join('\n');
}

/** The Action with SARIF upload, as in README and docs/action.md. */
export function renderWorkflow(treePath: string): string {
  return `name: svclint
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read          # check out the repository
  security-events: write  # upload SARIF to code scanning
  actions: read           # upload-sarif reads the workflow run (needed in private repositories)

jobs:
  svclint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # only-changed needs the pull request's base commit

      - name: svclint
        id: svclint
        uses: svclint/svclint@v1
        with:
          path: ${scalar(treePath)}
          fail-on: error
          only-changed: false
          sarif-file: svclint.sarif

      - name: Upload SARIF to code scanning
        if: \${{ always() && steps.svclint.outputs.sarif-file != '' }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: \${{ steps.svclint.outputs.sarif-file }}
          category: svclint
`;
}

/**
 * Adds the svclint hook (a `repo: local` entry, as in docs/action.md) to .pre-commit-config.yaml,
 * creating the file or editing it in place (other hooks and comments kept). An svclint hook that is
 * there already is replaced only with --force.
 */
function addPreCommitHook(file: string, rootFromRepo: string, treePath: string, force: boolean, shown: (abs: string) => string): string {
  // Run when the tree, its config or its documents change (docs/action.md).
  const at = treePath === '.' ? '' : `${treePath}/`;
  const files = `^(${escapeRegex(`${rootFromRepo}/`)}|${escapeRegex(at)}docs/|${escapeRegex(`${at}${CONFIG_NAME}`)}$|${escapeRegex(`${at}.svclintrc`)})`;
  const hook = {
    id: 'svclint',
    name: 'svclint',
    entry: treePath === '.' ? 'svclint --quiet' : `svclint --quiet ${treePath}`,
    language: 'system',
    pass_filenames: false, // svclint checks the tree as a whole (one stack can break another)
    ...(rootFromRepo === '.' ? {} : { files }),
  };
  if (!existsSync(file)) {
    const doc = parseDocument('repos: []\n');
    doc.set('repos', doc.createNode([{ repo: 'local', hooks: [hook] }]));
    writeFileMakingDirs(
      file,
      `# pre-commit hooks (https://pre-commit.com); svclint's is a local hook: svclint must be on PATH.\n${doc.toString({ lineWidth: 0 })}`,
    );
    return shown(file);
  }
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0)
    throw new UsageError(`${shown(file)}: not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); add the hook by hand (README, Pre-commit hook)`);
  let repos = doc.get('repos');
  if (!isSeq(repos)) {
    doc.set('repos', doc.createNode([]));
    repos = doc.get('repos');
  }
  const seq = repos as YAMLSeq;
  for (const repo of seq.items) {
    if (!isMap(repo)) continue;
    const hooks = repo.get('hooks');
    if (!isSeq(hooks)) continue;
    const index = hooks.items.findIndex((h) => isMap(h) && h.get('id') === 'svclint');
    if (index === -1) continue;
    if (!force) return `${shown(file)} (it has an svclint hook already: left as is; --force replaces it)`;
    hooks.items[index] = doc.createNode(hook);
    writeFileMakingDirs(file, doc.toString({ lineWidth: 0 }));
    return `${shown(file)} (svclint hook replaced)`;
  }
  seq.items.push(doc.createNode({ repo: 'local', hooks: [hook] }));
  writeFileMakingDirs(file, doc.toString({ lineWidth: 0 }));
  return `${shown(file)} (svclint hook added)`;
}
