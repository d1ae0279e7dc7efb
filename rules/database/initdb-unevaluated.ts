import { defineRule } from '../../src/api';

export default defineRule({
  meta: {
    id: 'initdb-unevaluated',
    group: 'database',
    severity: 'warning',
    description:
      'An init-script statement whose effect svclint cannot know without running it (dynamic SQL, \\gexec with format(), \\if, \\i, SQL in shell variables): run with --initdb-exec',
    rationale: 'The database rules judge what the init scripts do; where that cannot be known statically, svclint says so instead of guessing.',
    messages: {
      unevaluated: 'svclint cannot evaluate this statically: {{reason}}. The database rules do not count what it does.',
      runExec:
        "Run svclint --initdb-exec to execute the init scripts in a throwaway PostgreSQL and judge the database rules on the real catalog (it runs the repository's scripts).",
    },
  },
  check({ model, report }) {
    const matrix = model.database.matrix;
    if (!matrix) return;
    for (const item of matrix.unevaluated) report({ loc: item.loc, messageId: 'unevaluated', fixId: 'runExec', data: { reason: item.reason } });
  },
});
