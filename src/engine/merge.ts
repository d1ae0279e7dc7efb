// One cause, one finding. Rules tag a finding with the placement plan's cause it is about (the
// service folder a move is about, the catch-all folder the moves empty); findings with the same
// cause become one finding of the most specific rule. The others' rule ids go to `also`, their
// places to `related`, and the finding keeps the cause's plan steps as `actions`.
//
// Merging happens in two steps around suppression: `groupByCause` picks each cause's primary
// finding and hangs the others under it (`members`); directives and exceptions then judge the
// primary (suppressing it suppresses the whole cause) and drop suppressed members; `foldMembers`
// finally writes `also`, `related` and the severity.
import type { Severity } from '../api/types';
import type { RawFinding } from './types';
import { appendTo } from '../util/maps';

/**
 * Rule specificity, most specific first: the rule that explains a cause best is the finding the
 * others merge into. A folder that groups services wrongly explains every move out of it; a split
 * system explains its members' moves; the database rules explain why a store must move or go; a
 * superseded or duplicated service explains its removal; then the placement rules, from the
 * move to the rename; the host-wide clashes that removing or moving a side resolves come last.
 * Rules not listed rank after these, by id.
 */
export const SPECIFICITY: readonly string[] = [
  'no-catch-all-dir',
  'no-technology-dir',
  'split-system',
  'undeclared-capability',
  'single-postgres',
  'single-cache',
  'isolated-store',
  'legacy-service',
  'duplicate-service',
  'migration-symlink',
  'misplaced-service',
  'service-outside-capability',
  'too-deep',
  'non-canonical-name',
  'duplicate-container-name',
  'duplicate-host-port',
  'duplicate-router',
  'shared-db-role',
];

function specificity(rule: string): number {
  const index = SPECIFICITY.indexOf(rule);
  return index < 0 ? SPECIFICITY.length : index;
}

/** Orders two findings of one cause: the more specific rule first, then a file position before a folder, then path order. */
function comparePrimary(a: RawFinding, b: RawFinding): number {
  return (
    specificity(a.rule) - specificity(b.rule) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.line === null ? 1 : 0) - (b.line === null ? 1 : 0) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}

/** Each cause's primary finding, with the cause's other findings as `members`; findings without a cause pass through. */
export function groupByCause(findings: readonly RawFinding[]): RawFinding[] {
  const byCause = new Map<string, RawFinding[]>();
  const out: RawFinding[] = [];
  for (const finding of findings) {
    if (!finding.cause) {
      out.push(finding);
      continue;
    }
    appendTo(byCause, finding.cause, finding);
  }
  for (const list of byCause.values()) {
    const [primary, ...members] = [...list].sort(comparePrimary);
    out.push(members.length > 0 ? { ...primary!, members } : primary!);
  }
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1 };

/** Writes the members still there after suppression into `also`, `related` and the severity (the highest of the cause). */
export function foldMembers(finding: RawFinding): RawFinding {
  const { members, ...primary } = finding;
  if (!members || members.length === 0) return primary;
  const also: string[] = [...(primary.also ?? [])];
  const related = [...(primary.related ?? [])];
  const place = (p: { path: string; line: number | null; column: number | null }) => `${p.path}\0${p.line ?? ''}\0${p.column ?? ''}`;
  const seen = new Set([place(primary), ...related.map(place)]);
  let severity = primary.severity;
  for (const member of members) {
    if (member.rule !== primary.rule && !also.includes(member.rule)) also.push(member.rule);
    if (SEVERITY_RANK[member.severity] > SEVERITY_RANK[severity]) severity = member.severity;
    const own = { path: member.path, line: member.line, column: member.column, message: member.message, prefix: member.rule };
    for (const r of [own, ...(member.related ?? [])]) {
      if (seen.has(place(r))) continue;
      seen.add(place(r));
      related.push(r);
    }
  }
  const merged: RawFinding = { ...primary, severity };
  if (also.length > 0) merged.also = also;
  if (related.length > 0) merged.related = related;
  if (!merged.actions) {
    const withActions = members.find((m) => m.actions && m.actions.length > 0);
    if (withActions) merged.actions = withActions.actions;
  }
  if (!merged.target) {
    const withTarget = members.find((m) => m.target);
    if (withTarget) merged.target = withTarget.target;
  }
  return merged;
}
