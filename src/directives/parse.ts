// Inline suppression directives, ESLint-style:
//   # svclint-disable-next-line RULE[, RULE] -- reason     (the line below)
//   # svclint-disable RULE[, RULE] -- reason               (first non-empty line: the whole file)
// `#` comments in YAML, shell and most config files; `--` comments in SQL.
import path from 'node:path';

export type DirectiveKind = 'disable-next-line' | 'disable';

export interface Directive {
  kind: DirectiveKind;
  /** Absolute path of the file holding it. */
  file: string;
  /** 1-based position of the comment. */
  line: number;
  column: number;
  rules: string[];
  /** Text after ` -- `; null when missing (the directive is then reported and ignored). */
  reason: string | null;
  /** Line it suppresses (next line), or null for the whole file. */
  appliesTo: number | null;
  /** Set when the directive is malformed or misplaced: it suppresses nothing and is reported. */
  problem: string | null;
}

/** Comment markers of a file by its name: SQL uses `--`, everything else `#`. */
export function commentMarkers(file: string): string[] {
  const ext = path.extname(file).toLowerCase();
  return ext === '.sql' || ext === '.psql' || ext === '.pgsql' ? ['--'] : ['#'];
}

const DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;

export function parseDirectives(file: string, text: string): Directive[] {
  const markers = commentMarkers(file);
  const lines = text.split(/\r\n?|\n/);
  const directives: Directive[] = [];
  // The whole-file form counts on the first non-empty line (after a `#!` line in scripts).
  let firstContent = lines.findIndex((l) => l.trim() !== '');
  if (firstContent >= 0 && lines[firstContent]!.trimStart().startsWith('#!')) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== '');
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  lines.forEach((lineText, index) => {
    if (!lineText.includes('svclint-')) return;
    const comment = findComment(lineText, markers);
    if (!comment) return;
    const match = DIRECTIVE.exec(comment.body);
    if (!match) return;
    const kind = match[1] as DirectiveKind;
    const { rules, reason } = splitDirective(match[2]!);
    const directive: Directive = {
      kind,
      file,
      line: index + 1,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === 'disable' ? null : index + 2,
      problem: null,
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === 'disable' && index !== firstContent) directive.problem = 'only works on the first line of the file (use svclint-disable-next-line here)';
    directives.push(directive);
  });
  return directives;
}

/** `RULE, RULE -- reason` -> rules and reason (null when there is no non-empty reason). */
function splitDirective(rest: string): { rules: string[]; reason: string | null } {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText = separator < 0 ? '' : rest.slice(separator).replace(/^\s*--/, '').trim();
  const rules = rulePart.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
  return { rules, reason: reasonText === '' ? null : reasonText };
}

/**
 * The comment on a line: a marker at the start of the line, or after whitespace (a trailing
 * comment). Markers inside quotes are not comments; a line is read left to right for that.
 */
function findComment(line: string, markers: string[]): { body: string; column: number } | null {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s:=[,{(]/.test(line[i - 1]!))) {
      quote = ch;
      continue;
    }
    for (const marker of markers) {
      if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]!))) {
        return { body: line.slice(i + marker.length).trim(), column: i + 1 };
      }
    }
  }
  return null;
}
