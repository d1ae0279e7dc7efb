// The job summary (GitHub-flavoured Markdown for $GITHUB_STEP_SUMMARY): counts, a table of
// findings, and the expected layout for misplaced things. GitHub refuses a step summary of
// 1 MiB or more, so rows are added only while the whole text stays under the limit, and a
// final line says how many findings were cut.
import type { Finding, LintResult } from '../engine/types';
import type { FormatContext, Formatter } from './types';
import { allFindings, errorsFirst, findingLocation, findingText } from './annotations';
import { displayPath } from '../engine/lint';
import { placementPlan } from '../plan';
import { MOVES_DIAGRAM_MAX_BYTES, movesDiagramLines, type PlannedMove } from './mermaid';

/** GitHub's step summary limit. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A single message cell longer than this is shortened, so one finding cannot eat the summary. */
const MAX_CELL_CHARS = 2000;

export interface SummaryOptions {
  /** The summary's UTF-8 byte length stays strictly below this. */
  maxBytes?: number;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function formatSize(size: number): string {
  if (size % (1024 * 1024) === 0) return `${size / (1024 * 1024)} MiB`;
  if (size % 1024 === 0) return `${size / 1024} KiB`;
  return `${size.toLocaleString('en-US')} bytes`;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

/** Text safe inside a GFM table cell: pipes escaped, newlines as <br>, no raw HTML. */
export function escapeCell(text: string): string {
  const clipped = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

/** A code span that survives backticks and pipes in the text (GFM unescapes `\|` inside tables). */
function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function findingRow(finding: Finding, docs: Map<string, string>): string {
  const url = docs.get(finding.rule);
  const rule = url && /^https?:\/\//.test(url) ? `[${finding.rule}](${url})` : codeSpan(finding.rule);
  return `| ${codeSpan(findingLocation(finding))} | ${rule} | ${finding.severity} | ${escapeCell(findingText(finding))} |`;
}

interface LayoutNode {
  children: Map<string, LayoutNode>;
  /** Current paths of the things that should end up here. */
  from: string[];
}

/** Where things go: the placement plan's moves a finding carries, else its target. */
function layoutMoves(finding: Finding): { from: string; to: string }[] {
  const moves = (finding.actions ?? []).flatMap((a) => (a.op === 'move' ? [{ from: a.from, to: a.to }] : []));
  if (moves.length > 0) return moves;
  return finding.target ? [{ from: finding.path, to: finding.target }] : [];
}

/** Tree lines (`├──`, `└──`) of where misplaced things go, each leaf naming where it is now. */
export function expectedLayoutLines(findings: readonly Finding[]): string[] {
  const root: LayoutNode = { children: new Map(), from: [] };
  for (const { from, to } of findings.flatMap(layoutMoves)) {
    let node = root;
    for (const segment of to.split('/').filter(Boolean)) {
      let child = node.children.get(segment);
      if (!child) {
        child = { children: new Map(), from: [] };
        node.children.set(segment, child);
      }
      node = child;
    }
    if (node !== root && !node.from.includes(from)) node.from.push(from);
  }
  const lines: string[] = [];
  const walk = (node: LayoutNode, prefix: string) => {
    const entries = [...node.children.entries()].sort(([a], [b]) => a.localeCompare(b));
    entries.forEach(([name, child], index) => {
      const last = index === entries.length - 1;
      const label = child.children.size > 0 ? `${name}/` : name;
      const from = child.from.length > 0 ? `  ← ${child.from.join(', ')}` : '';
      lines.push(`${prefix}${last ? '└── ' : '├── '}${label}${from}`);
      walk(child, `${prefix}${last ? '    ' : '│   '}`);
    });
  };
  walk(root, '');
  return lines.map((line) => line.replace(/\r\n|\r|\n/g, ' '));
}

function fenceFor(lines: readonly string[]): string {
  const longestRun = Math.max(0, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longestRun + 1));
}

/**
 * The placement plan's folder moves that the reported findings carry (with only-changed, just the
 * pull request's); without a host model, the folder findings' targets. Display paths.
 */
function plannedMoves(results: readonly LintResult[], findings: readonly Finding[], cwd: string): PlannedMove[] {
  const reported = new Set(findings.flatMap((f) => (f.actions ?? []).flatMap((a) => (a.op === 'move' ? [a.from] : []))));
  const moves: PlannedMove[] = [];
  for (const result of results) {
    if (!result.model) continue;
    for (const move of placementPlan(result.model).moves) {
      const from = displayPath(move.from, cwd);
      if (reported.has(from)) moves.push({ from, to: displayPath(move.to, cwd) });
    }
  }
  if (results.some((r) => r.model)) return moves;
  const seen = new Set<string>();
  for (const f of findings) {
    if (!f.target || f.line !== null || seen.has(f.path)) continue;
    seen.add(f.path);
    moves.push({ from: f.path, to: f.target });
  }
  return moves;
}

export function renderSummary(results: readonly LintResult[], context: FormatContext, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const findings = errorsFirst(allFindings(results));
  const totals = results.reduce(
    (sum, result) => ({
      errors: sum.errors + result.summary.errors,
      warnings: sum.warnings + result.summary.warnings,
      services: sum.services + result.summary.services,
      stacks: sum.stacks + result.summary.stacks,
    }),
    { errors: 0, warnings: 0, services: 0, stacks: 0 },
  );
  const docs = new Map(context.rules.map((rule) => [rule.id, rule.docs]));

  const status = totals.errors + totals.warnings === 0 ? '✔ no problems' : `✖ ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`;
  const head = [
    `## svclint: ${status}`,
    '',
    '| Errors | Warnings | Services | Stacks |',
    '| ---: | ---: | ---: | ---: |',
    `| ${totals.errors} | ${totals.warnings} | ${totals.services} | ${totals.stacks} |`,
    '',
    // The planned moves as a mermaid diagram: at most an eighth of the budget.
    ...movesDiagramLines(plannedMoves(results, findings, context.cwd), results[0] ? displayPath(results[0].root, context.cwd) : null, {
      maxBytes: Math.min(MOVES_DIAGRAM_MAX_BYTES, Math.floor(maxBytes / 8)),
    }),
  ];

  const tableHead = ['### Findings', '', '| Path | Rule | Severity | Message |', '| --- | --- | --- | --- |'];

  // The layout gets at most a quarter of the budget; the table fills the rest.
  const layout = expectedLayoutLines(findings);
  const layoutBlock: string[] = [];
  let layoutCut = 0;
  if (layout.length > 0) {
    const fence = fenceFor(layout);
    const intro = ['', '### Expected layout', '', 'Where misplaced things belong (← where each one is now):', '', `${fence}text`];
    const layoutBudget = Math.floor(maxBytes / 4);
    let used = byteLength(`${[...intro, fence].join('\n')}\n`);
    const kept: string[] = [];
    for (const line of layout) {
      const cost = byteLength(line) + 1;
      if (used + cost > layoutBudget) break;
      kept.push(line);
      used += cost;
    }
    layoutCut = layout.length - kept.length;
    layoutBlock.push(...intro, ...kept, fence);
  }

  // The cut line is reserved at its longest (the largest counts it can print).
  const cutLine = (cutFindings: number) => {
    const parts = [];
    if (cutFindings > 0) parts.push(`${plural(cutFindings, 'finding')} of ${findings.length.toLocaleString('en-US')}`);
    if (layoutCut > 0) parts.push(plural(layoutCut, 'expected-layout line'));
    return `_Cut to stay under ${formatSize(maxBytes)}: ${parts.join(' and ')} not shown. Every finding is in the SARIF and JSON output._`;
  };
  const reserve = byteLength(`\n${cutLine(findings.length)}\n`);

  const fixed = [...head, ...(findings.length > 0 ? tableHead : []), ...layoutBlock];
  let used = byteLength(`${fixed.join('\n')}\n`) + reserve;
  const rows: string[] = [];
  for (const finding of findings) {
    const row = findingRow(finding, docs);
    const cost = byteLength(row) + 1;
    if (used + cost >= maxBytes) break;
    rows.push(row);
    used += cost;
  }
  const cutFindings = findings.length - rows.length;

  const lines = [...head];
  if (findings.length > 0) lines.push(...tableHead, ...rows);
  else lines.push('No findings.');
  lines.push(...layoutBlock);
  if (cutFindings > 0 || layoutCut > 0) lines.push('', cutLine(cutFindings));
  return `${lines.join('\n')}\n`;
}

export const formatMarkdown: Formatter = (results, context) => renderSummary(results, context);

export default formatMarkdown;
