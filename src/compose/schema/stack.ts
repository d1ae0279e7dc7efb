// What Docker Compose refuses in a loaded stack after parsing: the Compose Specification schema,
// validated on the merged model after each file as compose-go does (so a partial override is
// judged together with what it overrides), then the checks its loader runs after the schema.
// Each problem is located in the file and at the line its key comes from (override, included
// file, extends base). Loaded lazily: the generated validator is large.
import type { Stack } from '../types';
import type { SourceLoc } from '../../files/types';
import { checkModel } from '../checks';
import { validateComposeSchema } from './index';

export interface StackProblem {
  loc: SourceLoc | null;
  /** Dotted key path ('services.web.privileged'); '' for the top level. */
  keyPath: string;
  message: string;
  /** The nearest allowed key or value, for a typo. */
  suggestion: string | null;
}

export function validateStack(stack: Stack): StackProblem[] {
  const stages = stack.stages ?? [];
  const problems: StackProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: StackProblem) => {
    const identity = `${problem.keyPath}\u0000${problem.message}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    problems.push(problem);
  };
  for (const stage of stages) {
    for (const issue of validateComposeSchema(stage.resolved)) {
      add({ loc: stage.locate(issue.path, issue.atKey), keyPath: issue.keyPath, message: issue.message, suggestion: issue.suggestion });
    }
  }
  const last = stages[stages.length - 1];
  // The loader's checks assume a model the schema accepts and an include/extends that could be
  // followed, as compose-go's do (it stops at the first error): no cascade of follow-up findings.
  const followed = !(stack.issues ?? []).some((issue) => issue.rule === 'compose-schema' && /^(include|services\.[^:]*\.extends)/.test(issue.message));
  if (last && problems.length === 0 && followed) {
    for (const issue of checkModel(last.resolved)) {
      add({ loc: last.locate(issue.path, issue.atKey), keyPath: issue.path.join('.'), message: issue.message, suggestion: null });
    }
  }
  return problems;
}
