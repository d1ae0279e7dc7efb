// The dry run for a terminal: the plan, phase by phase, then the project names and what to run.
import path from 'node:path';
import type { MigrationPhase, PlanAction } from '../../plan/types';
import { PHASE_TITLES, shownPath, type ActionState, type MigrationView } from '../view';

const MARK: Record<ActionState, string> = { pending: ' ', done: '✓', 'in-flight': '…', manual: '!' };

export function describeStep(action: PlanAction, cwd: string): string {
  const r = (p: string) => shownPath(p, cwd);
  switch (action.op) {
    case 'mkdir':
      return `mkdir    ${r(action.path)}/`;
    case 'symlink':
      return `symlink  ${r(action.path)} -> ${path.relative(path.dirname(action.path), action.target)}`;
    case 'move':
      return `move     ${r(action.from)} -> ${r(action.to)}`;
    case 'delete-empty':
      return `rmdir    ${r(action.path)}/ (empty)`;
    case 'manual':
      return `manual   ${r(action.path)}: ${action.reason}`;
    case 'edit':
      if (action.whole === 'create') return `create   ${r(action.file)} (${action.new.split('\n').length} lines)`;
      if (action.whole === 'remove') return `remove   ${r(action.file)}`;
      return `edit     ${r(action.file)}:${action.line}  ${diffText(action.old, action.new)}`;
  }
}

/** `- old` / `+ new` in one line: for an insertion only the added lines. */
function diffText(old: string, next: string): string {
  const lines = next.split('\n');
  if (lines.length > 1 && lines.includes(old))
    return lines
      .filter((l) => l !== old)
      .map((l) => `+ ${l.trim()}`)
      .join('  ');
  if (next === '') return `- ${old.trim()}`;
  return `${old.trim()}  =>  ${next.trim()}`;
}

export function renderText(view: MigrationView, cwd: string): string {
  const out: string[] = [];
  const moves = view.actions.filter((a) => a.op === 'move').length;
  const manual = view.actions.filter((a) => a.op === 'manual').length;
  out.push(`svclint migrate: ${shownPath(view.root, cwd)}/ (${view.actions.length} steps: ${moves} moves, ${manual} manual)`);
  if (view.actions.length === 0) {
    out.push('', 'Nothing to migrate: every service folder is where the plan puts it.');
    return `${out.join('\n')}\n`;
  }
  for (const phase of [1, 2, 3, 4, 5] as MigrationPhase[]) {
    out.push('', `Phase ${phase}: ${PHASE_TITLES[phase]}`);
    const entries = view.actions.map((a, i) => ({ a, i })).filter(({ a }) => a.phase === phase);
    for (const { a, i } of entries) {
      const mark = view.states ? `${MARK[view.states[i]!]} ` : '';
      out.push(`  ${mark}${describeStep(a, cwd)}`);
      if (a.op === 'manual') for (const step of a.steps) out.push(`  ${view.states ? '  ' : ''}           - ${step}`);
      else if (a.reason && (a.op === 'edit' || a.op === 'move')) out.push(`  ${view.states ? '  ' : ''}           (${a.reason})`);
    }
    if (phase === 3) out.push(...checkLines(view).map((l) => `  ${l}`));
    else if (entries.length === 0) out.push('  (nothing)');
  }
  if (view.projects.length > 0) {
    out.push('', 'Compose project names (volumes, networks and containers are named after them):');
    for (const p of view.projects) if (p.kept !== 'same-folder-name') out.push(`  ${shownPath(p.stack, cwd)}: ${projectLine(p)}`);
    const same = view.projects.filter((p) => p.kept === 'same-folder-name').length;
    if (same > 0) out.push(`  ${same} other moving stack${same === 1 ? ' keeps its' : 's keep their'} project name: the folder keeps its name.`);
  }
  out.push(
    '',
    view.states
      ? 'Resume with svclint migrate --apply, see --status, or undo with --rollback.'
      : 'Dry run: nothing changed. Apply with svclint migrate --apply --through 3, check the services, then --apply --through 5 (--rollback undoes).',
  );
  return `${out.join('\n')}\n`;
}

export function projectLine(p: MigrationView['projects'][number]): string {
  if (p.kept === 'set') return `'${p.before}' (set by name: or COMPOSE_PROJECT_NAME), unchanged`;
  if (p.kept === 'pinned') return `'${p.before}' kept: name: ${p.before} is added before the folder is renamed`;
  if (p.kept === 'same-folder-name') return `'${p.before}' unchanged (the folder keeps its name)`;
  return `'${p.before}' becomes '${p.after}' for the split-out stack ${path.basename(path.dirname(p.to))}/${path.basename(p.to)} (volumes keep their names; restart commands in Phase 4)`;
}

export function checkLines(view: MigrationView): string[] {
  const lines = ['lint the tree as it will stand after Phase 5 (a copy with the remaining phases applied)'];
  if (view.checks.stacks.length > 0)
    lines.push(`docker compose -f FILE config -q, for each of ${view.checks.stacks.length} stacks (skipped, and said so, without a docker engine)`);
  for (const u of view.checks.urls) lines.push(`curl -I ${u.url}    (${u.service})`);
  if (view.checks.urls.length === 0) lines.push('no Traefik routes to try');
  return lines;
}
