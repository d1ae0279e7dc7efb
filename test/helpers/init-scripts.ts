// The init scripts under a folder, found as the corpus tests have always found them.
import fs from 'node:fs';
import path from 'node:path';

/** Like `find root -path '*initdb*' -o -name '*.sql' -o -name '*.sql.gz' -o -name 'init*.sh'` (files only), sorted. */
export function initScriptFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile() && (abs.includes('initdb') || /\.sql(\.gz)?$/.test(entry.name) || /^init.*\.sh$/.test(entry.name))) out.push(abs);
    }
  };
  walk(root);
  return out.sort();
}
