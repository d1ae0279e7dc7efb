// The documents the config's `docs:` globs match, and the services paths they mention: what
// stale-doc-path reports and what Phase 5 of the migration rewrites. Read through the run's file cache.
import path from 'node:path';
import { globSync } from 'tinyglobby';
import type { DocReference } from '../api/types';
import { escapeRegex } from '../util/text';
import type { HostModel } from './types';
import { getOrCompute } from '../util/maps';

const documentsOf = new WeakMap<HostModel, readonly string[]>();

/**
 * The documents: the config's `docs:` globs, symlinks not followed (a link to `/` would make `**` walk
 * the disk). Globbed once per model: the placement plan and stale-doc-path both ask.
 */
export function documentFiles(model: HostModel): readonly string[] {
  return getOrCompute(documentsOf, model, globDocuments);
}

function globDocuments(model: HostModel): readonly string[] {
  const { docs, baseDir } = model.policy;
  if (docs.length === 0) return [];
  return globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] })
    .map((f) => path.resolve(f))
    .sort();
}

/** Mentions of `<root name>/<path>` in a line of text (not inside a longer word), with their offsets. */
export function servicePathMentions(line: string, rootName: string): { index: number; rel: string; text: string }[] {
  const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, 'g');
  const out: { index: number; rel: string; text: string }[] = [];
  for (const match of line.matchAll(mention)) out.push({ index: match.index, rel: match[1]!, text: match[0] });
  return out;
}

/** Every services path the documents name (`services/apps/openweb`, `~/services/n8n/`), and whether it exists. */
export function docReferences(model: HostModel): DocReference[] {
  const rootName = path.basename(model.root);
  const found: DocReference[] = [];
  for (const file of documentFiles(model)) {
    const lines = model.files.lines(file);
    if (!lines) continue;
    lines.forEach((line, index) => {
      for (const m of servicePathMentions(line, rootName)) {
        const rel = m.rel.replace(/[./]+$/, '');
        if (!rel || rel.includes('{') || rel.includes('*')) continue;
        const abs = path.join(model.root, rel);
        found.push({ file, line: index + 1, column: m.index + 1, text: `${rootName}/${rel}`, rel, abs, exists: model.files.kind(abs) !== null });
      }
    });
  }
  return found;
}
