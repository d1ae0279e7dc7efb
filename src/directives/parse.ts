// Inline suppression directives, ESLint-style:
//   # svclint-disable-next-line RULE[, RULE] -- reason     (the line below)
//   # svclint-disable RULE[, RULE] -- reason               (first non-empty line: the whole file)
// Directives are comments as the file's own syntax has them (src/files/comments.ts): YAML comments
// from the parsed YAML, so a directive-like line inside a block scalar is text, not a directive.
import { commentsOf, type Comment } from '../files/comments';

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

const DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;

/** The directives of a file; `comments` when the file's loader read them with the file's own lexer (SQL, shell). */
export function parseDirectives(file: string, text: string, comments?: readonly Comment[]): Directive[] {
  const lines = text.split(/\r\n?|\n/);
  const directives: Directive[] = [];
  // The whole-file form counts on the first non-empty line (after a `#!` line in scripts).
  let firstContent = lines.findIndex((l) => l.trim() !== '');
  if (firstContent >= 0 && lines[firstContent]!.trimStart().startsWith('#!')) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== '');
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  for (const comment of comments ?? commentsOf(file, text, lines)) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    const { rules, reason } = splitDirective(match[2]!);
    const index = comment.line - 1;
    const directive: Directive = {
      kind,
      file,
      line: comment.line,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === 'disable' ? null : comment.line + 1,
      problem: null,
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === 'disable' && index !== firstContent) directive.problem = 'only works on the first line of the file (use svclint-disable-next-line here)';
    directives.push(directive);
  }
  return directives;
}

/** `RULE, RULE -- reason` -> rules and reason (null when there is no non-empty reason). */
function splitDirective(rest: string): { rules: string[]; reason: string | null } {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText =
    separator < 0
      ? ''
      : rest
          .slice(separator)
          .replace(/^\s*--/, '')
          .trim();
  const rules = rulePart
    .split(/[,\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { rules, reason: reasonText === '' ? null : reasonText };
}
