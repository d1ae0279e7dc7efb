// The built-in rules' table tests run on the public rule tester (`svclint/testing`): each case is a
// real tree written to a temp directory, linted by one rule through the real scanner, loaders and
// model, with the exact findings expected. This helper adds the engine-level selection helper the
// other tests use.
import { describe, it } from 'vitest';
import { RuleTester, lintCase, type RuleCases } from '../../src/api/testing';
import type { Rule } from '../../src/api';
import { ruleInfo } from '../../src/engine/registry';
import type { RuleSelection } from '../../src/engine/levels';
import type { Finding, Message, RawFinding } from '../../src/engine/types';
import { renderMessage } from '../../src/engine/render';
import type { TreeSpec } from './tree';

RuleTester.describe = describe;
RuleTester.it = it;

export type { RuleCases };

/** One rule's table test: the rule and its valid and invalid cases. */
export interface RuleTable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any, any>;
  cases: RuleCases;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function table(rule: Rule<any, any>, cases: RuleCases): RuleTable {
  return { rule, cases };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ruleTester(rule: Rule<any, any>, cases: RuleCases): void {
  new RuleTester().run(rule, cases);
}

/** One rule's findings on a tree (what an invalid case compares). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function lintWithRule(rule: Rule<any, any>, tree: TreeSpec, config?: Record<string, unknown>): Promise<Finding[]> {
  return lintCase(rule, { name: 'lintWithRule', files: tree as never, ...(config ? { config } : {}) });
}

/** Rules as the engine runs them, each at its default severity. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function selection(...rules: Rule<any, any>[]): RuleSelection[] {
  return rules.map((rule) => {
    const info = ruleInfo(rule);
    return { registered: { rule, info }, severity: info.severity, options: { ...(info.defaultOptions ?? {}) }, configured: null };
  });
}

/** Raw findings with their messages rendered (paths stay absolute): for tests of the engine's inputs. */
export function rendered(raw: readonly RawFinding[], cwd: string): (Omit<RawFinding, 'message' | 'fix'> & { message: string; fix: string | null })[] {
  return raw.map((f) => ({ ...f, message: renderMessage(f.message, cwd), fix: f.fix ? renderMessage(f.fix, cwd) : null }));
}

/** A message for a hand-made raw finding. */
export function text(message: string): Message {
  return { id: 'text', template: message, data: {} };
}
