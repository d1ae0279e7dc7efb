import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { escapeRegex } from '../../src/util/text';
import { defineRule } from '../support';

export default defineRule(
  {
    id: 'stale-doc-path',
    group: 'structure',
    severity: 'warning',
    description: 'A document (config docs: globs) that names a services path that does not exist',
    rationale: 'Phase 5 of the migration updates documentation; success means "documentation references consistent (all docs point to same paths)".',
  },
  ({ model, report }) => {
    const { docs, baseDir } = model.policy;
    if (docs.length === 0) return;
    // Symlinks are not followed: a link to `/` or `..` in the tree would otherwise make `**` walk the whole disk.
    const files = globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
    const rootName = path.basename(model.root);
    // `services/apps/openweb`, `~/services/n8n/`, `/home/david/services/traefik` ...
    const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, 'g');
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      lines.forEach((line, index) => {
        for (const match of line.matchAll(mention)) {
          const rel = match[1]!.replace(/[./]+$/, '');
          if (!rel || rel.includes('{') || rel.includes('*')) continue;
          if (existsSync(path.join(model.root, rel))) continue;
          report({
            path: file,
            line: index + 1,
            column: match.index! + 1,
            message: `'${rootName}/${rel}' does not exist in the services tree.`,
            fix: `Update the path (e.g. from \`svclint place ${rel.split('/').pop()}\`) or remove the reference.`,
          });
        }
      });
    }
  },
);
