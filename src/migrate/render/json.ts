// `--format json`: the plan as data, paths relative to the working directory (the findings'
// `actions` use the same shape), with each action's state when a journal runs the migration.
import { VERSION } from '../../version';
import { displayAction } from '../../engine/lint';
import { shownPath, type MigrationView } from '../view';

export function renderJson(view: MigrationView, cwd: string): string {
  const phases = [1, 2, 3, 4, 5].map((phase) => ({
    phase,
    actions: view.actions
      .map((action, index) => ({ action, index }))
      .filter(({ action }) => action.phase === phase)
      .map(({ action, index }) => ({ ...displayAction(action, cwd), ...(view.states ? { state: view.states[index] } : {}) })),
  }));
  const doc = {
    tool: 'svclint',
    version: VERSION,
    root: shownPath(view.root, cwd),
    journal: view.states ? shownPath(`${view.scope}/.svclint/migration.json`, cwd) : null,
    summary: {
      actions: view.actions.length,
      moves: view.actions.filter((a) => a.op === 'move').length,
      edits: view.actions.filter((a) => a.op === 'edit').length,
      manual: view.actions.filter((a) => a.op === 'manual').length,
      ...(view.states ? { done: view.states.filter((s) => s === 'done' || s === 'manual').length } : {}),
    },
    phases,
    projects: view.projects.map((p) => ({ stack: shownPath(p.stack, cwd), to: shownPath(p.to, cwd), before: p.before, after: p.after, kept: p.kept })),
    checks: {
      stacks: view.checks.stacks.map((s) => shownPath(s, cwd)),
      urls: view.checks.urls,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
