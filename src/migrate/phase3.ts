// Phase 3, the checks, run by `--apply` when it reaches Phase 3: the remaining phases are applied
// to a copy of the tree, and that copy (the tree as it will stand) is linted and, when a docker
// engine answers, every stack goes through `docker compose config -q`. What a move broke (a
// build context, a symlink, a compose file) stops Phase 4 unless --force.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { lintTarget, resolveTarget, type Target } from '../engine/lint';
import { buildHostModel } from '../model/host';
import { migrationChecks } from '../plan/checks';
import { moveMap } from '../plan/moves';
import type { Finding } from '../engine/types';
import { applyJournal } from './apply';
import { saveJournal, type CheckResults, type Journal } from './journal';
import { makeShadow } from './shadow';

/** Rules whose new errors mean a move broke something. */
const BREAKING_RULES = ['build-context', 'broken-symlink', 'compose-parse', 'compose-schema'];

export interface Phase3Context {
  scope: string;
  /** The folder the user named (the root is found from it as lint finds it). */
  dir: string;
  target: Target;
  cwd: string;
  /** Files outside the root that the copy needs (config, documents, edited files). */
  files: string[];
}

export async function runPhase3(context: Phase3Context, journal: Journal): Promise<CheckResults> {
  const { scope, target, cwd } = context;
  const shadow = makeShadow({ scope, root: target.root, files: context.files, withJournal: true });
  try {
    const copy: Journal = { ...structuredClone(journal), scope: shadow.scope };
    saveJournal(shadow.scope, copy);
    await applyJournal({ scope: shadow.scope, journal: copy, phases: [4, 5] });
    const after = resolveTarget(shadow.toShadow(context.dir), shadow.scope, target.config ? shadow.toShadow(target.config.file) : null);
    const lintAfter = await lintTarget(after, { cwd: shadow.scope, paths: [] });
    const lintNow = await lintTarget(target, { cwd: scope, paths: [] });
    const shown = (f: Finding) => path.relative(cwd, path.join(scope, f.path)).split(path.sep).join('/');
    const findings = lintAfter.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      path: shown(f),
      line: f.line,
      message: f.message.split(shadow.scope).join(scope),
    }));
    const blocking: string[] = [];
    for (const rule of BREAKING_RULES) {
      const before = lintNow.findings.filter((f) => f.rule === rule && f.severity === 'error').length;
      const news = findings.filter((f) => f.rule === rule && f.severity === 'error');
      if (news.length > before) blocking.push(...news.map((f) => `${f.path}${f.line ? `:${f.line}` : ''}: ${f.message} (${rule})`));
    }
    const model = await buildHostModel(after.root, after.policy, shadow.scope, { database: false });
    const checks = migrationChecks(model, moveMap([]), [], new Set());
    const compose = composeConfig(checks.stacks, (abs) => path.relative(cwd, shadow.toReal(abs)).split(path.sep).join('/'));
    for (const r of compose.results) if (!r.ok) blocking.push(`${r.file}: docker compose config failed: ${r.message}`);
    return {
      at: new Date().toISOString(),
      lint: {
        errors: lintAfter.summary.errors,
        warnings: lintAfter.summary.warnings,
        structureErrors: lintAfter.findings.filter((f) => f.severity === 'error' && isStructure(f.rule)).length,
        findings,
      },
      compose,
      urls: checks.urls.map((u) => u.url),
      blocking,
    };
  } finally {
    shadow.remove();
  }
}

const STRUCTURE = new Set([
  'no-catch-all-dir',
  'no-technology-dir',
  'service-outside-capability',
  'undeclared-capability',
  'misplaced-service',
  'split-system',
  'non-canonical-name',
  'duplicate-service',
  'missing-stack-file',
  'too-deep',
  'archived-service-active',
  'legacy-service',
  'broken-symlink',
  'migration-symlink',
  'build-context',
  'stale-doc-path',
]);

export function isStructure(rule: string): boolean {
  return STRUCTURE.has(rule);
}

/** `docker compose config -q` per stack, when a docker CLI with compose and a running engine is here; else why it was skipped. */
function composeConfig(stacks: string[], shown: (abs: string) => string): CheckResults['compose'] {
  const skipped = dockerMissing();
  if (skipped) return { skipped, results: [] };
  const results = stacks.map((file) => {
    const run = spawnSync('docker', ['compose', '-f', file, 'config', '-q'], { cwd: path.dirname(file), encoding: 'utf8', timeout: 60_000 });
    const message = (run.stderr || run.stdout || '').trim().split('\n').pop() ?? '';
    return { file: shown(file), ok: run.status === 0, message: run.status === 0 ? 'ok' : message || `exit ${run.status}` };
  });
  return { skipped: null, results };
}

function dockerMissing(): string | null {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 20_000 });
  if (info.error) return 'no docker CLI on PATH';
  if (info.status !== 0) return 'the docker CLI is here but no engine answers (docker info failed)';
  const compose = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8', timeout: 20_000 });
  if (compose.status !== 0) return 'the docker compose plugin is missing';
  return null;
}
