import { defineRule } from '../support';
import { firstTime } from './shared';

export default defineRule(
  {
    id: 'compose-schema',
    group: 'compose',
    severity: 'error',
    description: 'A compose file Docker Compose would refuse: the Compose Specification schema (on the merged model) and the checks its loader runs after it; the message names the key and its line',
    rationale: 'Docker Compose refuses a file with an unknown or mistyped key, a value it cannot convert, an extends or include it cannot follow, or a dependency cycle; otherwise that only shows on the host, at deploy time.',
  },
  async ({ model, report }) => {
    const stacks = model.stacks.filter((stack) => (stack.stages ?? []).length > 0 || (stack.issues ?? []).length > 0);
    if (stacks.length === 0) return;
    // The generated validator is large: load it only when there is something to validate.
    const { validateStack } = await import('../../src/compose/schema/stack');
    const once = firstTime();
    for (const stack of stacks) {
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== 'compose-schema' || !once(issue.loc, issue.message)) continue;
        report({ loc: issue.loc, path: stack.file, message: `${issue.message}.`, fix: 'Change it to what Docker Compose accepts; `docker compose config` shows the same error.' });
      }
      for (const problem of validateStack(stack)) {
        if (!once(problem.loc, problem.message)) continue;
        report({
          loc: problem.loc,
          path: stack.file,
          message: `${problem.message}.`,
          fix: problem.suggestion
            ? `Write '${problem.suggestion}' here instead.`
            : `Change '${problem.keyPath || 'the top level'}' to what Docker Compose accepts (https://github.com/compose-spec/compose-spec/blob/main/spec.md); \`docker compose config\` shows the same error.`,
        });
      }
    }
  },
);
