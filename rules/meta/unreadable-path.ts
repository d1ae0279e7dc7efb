import { defineRule } from '../../src/api';

export default defineRule({
  meta: {
    id: 'unreadable-path',
    group: 'meta',
    severity: 'warning',
    description: 'A folder or file svclint could not read (permissions, non-UTF-8 name, depth limit)',
    rationale: 'A linter that silently skips part of the tree gives a false all-clear; what was not read is said.',
    messages: {
      notLinted: 'Not linted: {{problem}}.',
      fixIt: 'Fix the permissions or rename it; then run svclint again.',
    },
  },
  check({ model, report }) {
    for (const problem of model.tree.problems) report({ path: problem.abs, messageId: 'notLinted', fixId: 'fixIt', data: { problem: problem.message } });
  },
});
