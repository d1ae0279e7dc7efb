// Every command and every option of the command line, one line each: the parser, the checks
// and `--help` all read these tables. Adding a flag is adding a line here (and reading it with
// `flags.string('name')` / `flags.bool('name')` / `flags.list('name')` in its command).
import type { OptionSpec } from './args';

export interface CommandSpec {
  name: string;
  /** Usage after `svclint`. */
  usage: string;
  summary: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'lint', usage: '[paths...] [options]', summary: 'lint the services tree(s) (default: .; the default command)' },
  { name: 'init', usage: 'init [path] [--workflow] [--pre-commit] [--force]', summary: 'write a svclint.config.yaml inferred from the tree' },
  {
    name: 'place',
    usage: 'place <name> [--image IMG] [--system S] [--provides KIND]',
    summary: 'where does a new service go? (the decision tree, step by step)',
  },
  {
    name: 'rules',
    usage: 'rules [ID...] [--only GROUP]',
    summary: 'list the rules (built-in and plugins) with id, configured severity and description; with ids, their docs in full',
  },
  {
    name: 'migrate',
    usage: 'migrate [path] [--apply [--phase N|--through N]] [--status] [--rollback [--to-phase N]]',
    summary: 'the phased migration to the placement plan (dry run; --format text, json, sh, markdown)',
  },
  { name: 'db-audit', usage: 'db-audit --url URL', summary: 'judge a live Postgres (roles, owners, ACLs) against the allocation table, read-only' },
];

const LINT = ['lint'];
const WITH_POLICY = ['lint', 'place', 'rules', 'migrate', 'db-audit'];
const REPORTS = ['lint', 'db-audit'];
const MIGRATE = ['migrate'];
const PHASES = ['1', '2', '3', '4', '5'];

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'config', short: 'c', value: 'FILE', commands: WITH_POLICY, help: 'use this config instead of looking for svclint.config.yaml' },
  {
    name: 'format',
    short: 'f',
    value: 'NAME',
    commands: WITH_POLICY,
    help: 'stylish (default), json, sarif, github, junit, markdown, html; place and rules: text, json',
  },
  { name: 'output-file', short: 'o', value: 'FILE', commands: WITH_POLICY, help: 'write the report to FILE instead of stdout' },
  { name: 'max-warnings', value: 'N', commands: REPORTS, help: 'exit 1 when there are more than N warnings (-1: no limit, the default)' },
  { name: 'quiet', short: 'q', commands: REPORTS, help: 'report errors only' },
  { name: 'rule', value: 'ID:LEVEL', multiple: true, commands: ['lint', 'rules', 'db-audit'], help: 'set a rule to off, warn or error (repeatable)' },
  {
    name: 'only',
    value: 'GROUP',
    multiple: true,
    commands: ['lint', 'rules'],
    help: "only one rule group: structure, database, compose, or a plugin's (repeatable)",
  },
  {
    name: 'initdb-exec',
    value: 'MODE',
    optional: { default: 'local', choices: ['local', 'docker'] },
    choices: ['local', 'docker'],
    commands: LINT,
    help: "run the repository's init scripts in a throwaway PostgreSQL (local, or docker: the stack's image) and judge the database rules on its catalog",
  },
  {
    name: 'url',
    value: 'URL',
    commands: ['db-audit'],
    help: 'db-audit: the server, postgresql://USER@HOST:PORT/DATABASE (password from the URL or PGPASSWORD)',
  },
  {
    name: 'cache',
    commands: LINT,
    help: 'keep the result and reuse it while no input changed (every file and folder read, the config, plugins, svclint; not with --changed-since or --initdb-exec)',
  },
  { name: 'cache-location', value: 'PATH', commands: LINT, help: 'the --cache file, or a folder to keep it in (default: .svclintcache)' },
  { name: 'print-config', commands: LINT, help: 'print the resolved config and root of each tree, and lint nothing' },
  {
    name: 'changed-since',
    value: 'REF',
    commands: LINT,
    help: 'report only what the change since git REF touches (commits, staged, unstaged, untracked); two-sided findings blame the changed side',
  },
  { name: 'image', value: 'IMG', commands: ['place'], help: 'place: the image the service runs' },
  { name: 'system', value: 'S', commands: ['place'], help: 'place: the declared system it joins' },
  { name: 'provides', value: 'KIND', commands: ['place'], help: 'place: what it provides (a kind a capability declares)' },
  { name: 'workflow', commands: ['init'], help: 'init: also write .github/workflows/svclint.yml (the Action with SARIF upload)' },
  { name: 'pre-commit', commands: ['init'], help: 'init: also write a .pre-commit-config.yaml entry' },
  {
    name: 'force',
    commands: ['init', 'migrate'],
    help: 'init: overwrite files that exist; migrate: apply over uncommitted changes, go past Phase 3 problems, roll back over changed files',
  },
  { name: 'apply', commands: MIGRATE, help: 'migrate: run the plan (all phases, or --phase N / --through N), journaled in .svclint/migration.json' },
  { name: 'phase', value: 'N', choices: PHASES, commands: MIGRATE, help: 'migrate --apply: only phase N (the earlier ones must be done)' },
  { name: 'through', value: 'N', choices: PHASES, commands: MIGRATE, help: 'migrate --apply: phases 1 to N' },
  { name: 'status', commands: MIGRATE, help: "migrate: the journal's steps, their state, and what changed since" },
  { name: 'rollback', commands: MIGRATE, help: 'migrate: undo the journaled steps byte for byte (refused over files changed since, unless --force)' },
  { name: 'to-phase', value: 'N', choices: ['0', ...PHASES], commands: MIGRATE, help: 'migrate --rollback: keep phases 1 to N' },
  { name: 'color', help: 'force colours (--no-color: none; default: on a terminal, unless NO_COLOR; FORCE_COLOR forces)' },
  { name: 'debug', help: 'print the config, the root and phase timings to stderr, and stack traces of internal errors' },
  { name: 'help', short: 'h', help: 'this help' },
  { name: 'version', short: 'v', help: 'the version' },
];
