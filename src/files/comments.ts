// The comments of a file as its own syntax has them: what suppression directives are read from.
// YAML from the YAML parser's concrete syntax tree (a `#` inside a block scalar or a quoted string
// is text); other files line by line with their comment marker (SQL `--`, else `#`).
import path from 'node:path';
import { Parser } from 'yaml';
import { lineAndColumn } from '../util/search';

export interface Comment {
  /** 1-based position of the comment marker. */
  line: number;
  column: number;
  /** The text after the marker, trimmed. */
  body: string;
}

const YAML_EXTENSIONS = new Set(['.yml', '.yaml']);
const SQL_EXTENSIONS = new Set(['.sql', '.psql', '.pgsql']);

export function commentsOf(file: string, text: string, lines: readonly string[] = text.split(/\r\n?|\n/)): Comment[] {
  const ext = path.extname(file).toLowerCase();
  if (YAML_EXTENSIONS.has(ext)) return yamlComments(text);
  const gz = file.toLowerCase().endsWith('.sql.gz');
  return lineComments(lines, SQL_EXTENSIONS.has(ext) || gz ? '--' : '#');
}

/** Comment tokens of every document of a YAML stream, wherever they sit in the syntax tree. */
export function yamlComments(text: string): Comment[] {
  const offsets: { offset: number; source: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const token = node as { type?: string; offset?: number; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      offsets.push({ offset: token.offset, source: token.source });
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'source' && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  if (offsets.length === 0) return [];
  const starts = lineStarts(text);
  return offsets.map(({ offset, source }) => ({ ...lineAndColumn(starts, offset), body: source.replace(/^#/, '').trim() }));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Comments line by line: a marker at the start of a line or after whitespace (a trailing comment);
 * markers inside quotes are not comments. Only lines that mention svclint are read.
 */
export function lineComments(lines: readonly string[], marker: string): Comment[] {
  const comments: Comment[] = [];
  lines.forEach((line, index) => {
    if (!line.includes('svclint-')) return;
    const found = findComment(line, marker);
    if (found) comments.push({ line: index + 1, column: found.column, body: found.body });
  });
  return comments;
}

function findComment(line: string, marker: string): { body: string; column: number } | null {
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
    if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]!))) return { body: line.slice(i + marker.length).trim(), column: i + 1 };
  }
  return null;
}
