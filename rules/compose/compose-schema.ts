import { defineRule } from '../../src/api';
import { firstTime } from './shared';

export default defineRule({
  meta: {
    id: 'compose-schema',
    group: 'compose',
    severity: 'error',
    description:
      'A compose file Docker Compose would refuse: the Compose Specification schema (on the merged model) and the checks its loader runs after it; the message names the key and its line',
    rationale:
      'Docker Compose refuses a file with an unknown or mistyped key, a value it cannot convert, an extends or include it cannot follow, or a dependency cycle; otherwise that only shows on the host, at deploy time.',
    messages: {
      refused: '{{problem}}.',
      changeIt: 'Change it to what Docker Compose accepts; `docker compose config` shows the same error.',
      suggestion: "Write '{{suggestion}}' here instead.",
      changeKey:
        "Change '{{keyPath}}' to what Docker Compose accepts (https://github.com/compose-spec/compose-spec/blob/main/spec.md); `docker compose config` shows the same error.",
    },
  },
  async check({ model, report, schemaProblems }) {
    const stacks = model.stacks.filter((stack) => (stack.stages ?? []).length > 0 || (stack.issues ?? []).length > 0);
    if (stacks.length === 0) return;
    const once = firstTime();
    for (const stack of stacks) {
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== 'compose-schema' || !once(issue.loc, issue.message)) continue;
        report({ loc: issue.loc, path: stack.file, messageId: 'refused', fixId: 'changeIt', data: { problem: issue.message } });
      }
      for (const problem of await schemaProblems(stack)) {
        if (!once(problem.loc, problem.message)) continue;
        report({
          loc: problem.loc,
          path: stack.file,
          messageId: 'refused',
          fixId: problem.suggestion ? 'suggestion' : 'changeKey',
          data: { problem: problem.message, suggestion: problem.suggestion ?? '', keyPath: problem.keyPath || 'the top level' },
        });
      }
    }
  },
});
