// ESLint RuleTester, for trees: each case is a real tree written to a temp directory, linted by
// one rule through the real scanner, loaders and model, with the exact findings expected.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { resolveTarget, runRules, toFinding, compareFindings } from '../../src/engine/lint';
import { buildHostModel } from '../../src/model/host';
import type { Finding, Rule } from '../../src/types';
import { makeTree, type TreeSpec } from './tree';

export interface ExpectedFinding {
  /** Relative to the temp directory (the working directory of the run). */
  path: string;
  line?: number | null;
  column?: number | null;
  /** Substring or pattern the message must match. */
  message?: string | RegExp;
  fix?: string | RegExp;
}

export interface RuleCase {
  name: string;
  tree: TreeSpec;
  /** Written as svclint.config.yaml at the top of the temp directory. */
  config?: Record<string, unknown>;
  /** Required (and not empty) for an invalid case: every finding the rule must produce, in order. */
  findings?: ExpectedFinding[];
}

export async function lintWithRule(rule: Rule, tree: TreeSpec, config?: Record<string, unknown>): Promise<Finding[]> {
  const spec: TreeSpec = config ? { ...tree, 'svclint.config.yaml': stringify(config) } : tree;
  const dir = makeTree(spec);
  const target = resolveTarget('.', dir, null);
  const model = await buildHostModel(target.root, target.policy, dir);
  const raw = await runRules(model, [{ rule, severity: rule.meta.severity }]);
  return raw.map((f) => toFinding(f, dir)).sort(compareFindings);
}

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  // An invalid case must name its findings: one without any would pass whatever the rule reports.
  for (const c of cases.invalid) {
    if (!c.findings || c.findings.length === 0) throw new Error(`RuleTester ${rule.meta.id}: invalid case '${c.name}' names no findings; list the exact findings it must produce`);
  }
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const findings = await lintWithRule(rule, c.tree, c.config);
        expect(findings.map(brief)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const findings = await lintWithRule(rule, c.tree, c.config);
        const expected = c.findings!;
        expect(findings.map((f) => f.path)).toEqual(expected.map((e) => e.path));
        findings.forEach((finding, i) => {
          const want = expected[i]!;
          expect(finding.rule).toBe(rule.meta.id);
          expect(finding.severity).toBe(rule.meta.severity);
          if (want.line !== undefined) expect(finding.line).toBe(want.line);
          if (want.column !== undefined) expect(finding.column).toBe(want.column);
          if (want.message !== undefined) expect(finding.message).toMatch(want.message);
          if (want.fix !== undefined) expect(finding.fix ?? '').toMatch(want.fix);
          expect(finding.message.length).toBeGreaterThan(10);
        });
      });
    }
  });
}

function brief(f: Finding): string {
  return `${f.path}:${f.line ?? ''}:${f.column ?? ''} ${f.rule} ${f.message}`;
}
