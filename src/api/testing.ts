// `import { RuleTester } from 'svclint/testing'`: ESLint's RuleTester, for trees. Each case is a
// map of files written to a temporary folder and linted by one rule through the real scanner,
// loaders and model; an invalid case names its exact findings (message id, data, path, line,
// column). Works with any test runner that has describe/it (set RuleTester.describe and
// RuleTester.it, or let it find them as globals); without one, cases run when `run` is called.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { compareFindings, runRules, toFinding } from '../engine/lint';
import type { RuleSelection } from '../engine/levels';
import { validateOptions } from '../engine/options';
import { ruleInfo } from '../engine/registry';
import { placeholders } from '../engine/render';
import type { Finding } from '../engine/types';
import { FileCache } from '../files/cache';
import { buildHostModel } from '../model/host';
import { resolveTarget } from '../policy/discover';
import { isInside } from '../util/paths';
import type { ChangeSet, Rule, RuleExample } from './types';

/** A tree: file path (`services/core-infra/compose.yaml`) → content; a nested object is a folder; `{ symlink }` a link. */
export interface TestFiles {
  [path: string]: string | Uint8Array | { symlink: string } | TestFiles;
}

export interface ValidCase {
  name: string;
  files: TestFiles;
  /** Written as svclint.config.yaml at the top of the tree (the working directory of the run). */
  config?: Readonly<Record<string, unknown>>;
  /** The rule's options (validated against its schema). */
  options?: Readonly<Record<string, unknown>>;
  /** Paths (relative to the tree) the change under review touched: `context.changed`. */
  changed?: readonly string[];
  /** A valid case that differs from an invalid one by the one detail the rule keys on. */
  nearMiss?: boolean;
}

export interface ExpectedFinding {
  messageId: string;
  /** The message's data as rendered (places relative to the tree's top); required when the message has data. */
  data?: Readonly<Record<string, string | number | boolean>>;
  /** Relative to the tree's top, `/` separators. */
  path: string;
  /** null for a finding about a folder or a whole file. */
  line: number | null;
  column: number | null;
  /** The fix's message id, when the finding has a fix. */
  fixId?: string;
  /** The rendered message: exact text, or a pattern it must match. */
  message?: string | RegExp;
  fix?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule must produce (sorted by path, line, column): at least one. */
  findings: readonly ExpectedFinding[];
}

export interface RuleCases {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => Promise<void>) => void;

const globals = globalThis as { describe?: Describe; it?: It };

export class RuleTester {
  /** The test runner's `describe` (default: a global one, else the body runs at once). */
  static describe: Describe | null = null;
  /** The test runner's `it` (default: a global one, else the case runs at once). */
  static it: It | null = null;

  /** Registers a test per case (and per documentation example). Throws at once for a case that cannot pass. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(rule: Rule<any, any>, cases: RuleCases): void {
    const id = rule.meta.id;
    // An invalid case must name its findings: one without any would pass whatever the rule reports.
    for (const c of cases.invalid) {
      if (!Array.isArray(c.findings) || c.findings.length === 0)
        throw new Error(`RuleTester ${id}: invalid case '${c.name}' names no findings; list the exact findings it must produce`);
    }
    const describe = RuleTester.describe ?? globals.describe ?? ((_name: string, body: () => void) => body());
    const it = RuleTester.it ?? globals.it ?? ((_name: string, body: () => Promise<void>) => void body());
    describe(id, () => {
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, async () => {
          const findings = await lintCase(rule, c);
          assert.deepEqual(findings.map(brief), [], `valid case '${c.name}' has findings`);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, async () => {
          checkFindings(rule, c, await lintCase(rule, c));
        });
      }
      for (const kind of ['valid', 'invalid'] as const) {
        for (const example of rule.meta.docs?.examples?.[kind] ?? []) {
          it(`docs example (${kind}): ${example.description}`, async () => {
            const findings = await lintCase(rule, exampleCase(example));
            if (kind === 'valid') assert.deepEqual(findings.map(brief), [], `documented valid example '${example.description}' has findings`);
            else assert.ok(findings.length > 0, `documented invalid example '${example.description}' has no finding`);
          });
        }
      }
    });
  }
}

function exampleCase(example: RuleExample): ValidCase {
  return {
    name: example.description,
    files: example.files as TestFiles,
    ...(example.config ? { config: example.config } : {}),
    ...(example.options ? { options: example.options } : {}),
  };
}

/** The findings of one rule on one case's tree (its own findings: no suppression, no merging), sorted. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function lintCase(rule: Rule<any, any>, c: ValidCase): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svclint-rule-'));
  try {
    writeFiles(dir, c.files);
    if (c.config) writeFileSync(path.join(dir, 'svclint.config.yaml'), stringify(c.config));
    const target = resolveTarget('.', dir, null);
    const info = ruleInfo(rule);
    const selection: RuleSelection[] = [
      { registered: { rule, info }, severity: info.severity, options: { ...(info.defaultOptions ?? {}), ...(c.options ?? {}) }, configured: c.options ?? null },
    ];
    await validateOptions(selection, () => `options of '${c.name}'`);
    const model = await buildHostModel(target.root, target.policy, dir, { files: new FileCache() });
    const changed = c.changed ? changeSet(c.changed.map((p) => path.resolve(dir, p))) : null;
    const { findings, failures } = await runRules(model, selection, changed);
    if (failures.length > 0) throw failures[0]!.error;
    return findings.map((f) => toFinding(f, dir)).sort(compareFindings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function changeSet(files: string[]): ChangeSet {
  return { files, touches: (abs) => files.some((f) => isInside(abs, f) || isInside(f, abs)) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function checkFindings(rule: Rule<any, any>, c: InvalidCase, findings: Finding[]): void {
  const expected = c.findings;
  const label = `invalid case '${c.name}'`;
  assert.deepEqual(findings.map(brief), expected.map(briefExpected), `${label}: the findings differ`);
  findings.forEach((finding, i) => {
    const want = expected[i]!;
    const at = `${label}, finding ${i + 1}`;
    assert.equal(finding.rule, rule.meta.id, at);
    if (finding.data && Object.keys(finding.data).length > 0) {
      assert.ok(want.data, `${at}: give the message's data: ${JSON.stringify(finding.data)}`);
    }
    if (want.data) assert.deepEqual(finding.data ?? {}, want.data, `${at}: data`);
    for (const text of [finding.message, finding.fix ?? '']) {
      assert.equal(placeholders(text).length, 0, `${at}: '${text}' has a placeholder with no data`);
    }
    if (want.fixId !== undefined) assert.equal(fixIdOf(rule, finding), want.fixId, `${at}: fix`);
    matches(finding.message, want.message, `${at}: message`);
    matches(finding.fix ?? '', want.fix, `${at}: fix`);
  });
}

/** The fix's message id, found by rendering each template the rule has with the finding's data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fixIdOf(rule: Rule<any, any>, finding: Finding): string | null {
  if (finding.fix === null) return null;
  const data = finding.data ?? {};
  for (const [id, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
    const text = template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
    if (text === finding.fix) return id;
  }
  return null;
}

function matches(actual: string, want: string | RegExp | undefined, label: string): void {
  if (want === undefined) return;
  if (typeof want === 'string') assert.equal(actual, want, label);
  else assert.match(actual, want, label);
}

function brief(f: Finding): string {
  return `${f.path}:${f.line ?? '-'}:${f.column ?? '-'} ${f.messageId ?? '?'}`;
}

function briefExpected(e: ExpectedFinding): string {
  return `${e.path}:${e.line ?? '-'}:${e.column ?? '-'} ${e.messageId}`;
}

function writeFiles(dir: string, files: TestFiles): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    const target = path.join(dir, name);
    if (typeof value === 'string' || value instanceof Uint8Array) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, value);
    } else if (typeof value === 'object' && value !== null && 'symlink' in value && typeof value.symlink === 'string') {
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(value.symlink, target);
    } else {
      writeFiles(target, value as TestFiles);
    }
  }
}
