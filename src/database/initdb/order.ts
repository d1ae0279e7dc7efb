// The order the official image runs /docker-entrypoint-initdb.d/* in: bash expands the glob
// sorted by the locale's collation. The Debian images set LANG=en_US.utf8, whose glibc collation
// ignores punctuation at first (`10-x.sql` before `1-y.sql`, `01_a.sql` before `01-b.sql`); the
// Alpine images (musl) compare bytes.
import path from 'node:path';
import { parseImage } from '../../util/image';

export type InitFileOrder = 'collation' | 'bytes';

/** How an image's entrypoint sorts init files. */
export function initFileOrder(image: string | null): InitFileOrder {
  if (!image) return 'collation';
  const { name, tag } = parseImage(image);
  if (tag && /alpine/i.test(tag)) return 'bytes';
  // TimescaleDB's (non -ha) images are built on Alpine.
  if (/^timescale\/timescaledb(-postgis)?$/.test(name)) return 'bytes';
  return 'collation';
}

/** Built on first use: creating an ICU collator costs ~6 ms, and one init file needs no sorting. */
let collatorInstance: Intl.Collator | null = null;
const collator = {
  compare: (x: string, y: string): number =>
    (collatorInstance ??= new Intl.Collator('en-US', { ignorePunctuation: true, sensitivity: 'variant' })).compare(x, y),
};

/** Compares two file names as the image's bash sorts them. */
export function compareInitFiles(order: InitFileOrder): (a: string, b: string) => number {
  if (order === 'bytes') return (a, b) => Buffer.compare(Buffer.from(path.basename(a)), Buffer.from(path.basename(b)));
  return (a, b) => {
    const x = path.basename(a);
    const y = path.basename(b);
    return collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0);
  };
}

/** File names the collation cannot tell apart but for punctuation (`01-a.sql`, `01_a.sql`): their order is glibc's finer detail. */
export function collationTies(files: readonly string[], order: InitFileOrder): [string, string][] {
  if (order === 'bytes') return [];
  const ties: [string, string][] = [];
  const sorted = [...files].sort(compareInitFiles(order));
  for (let i = 1; i < sorted.length; i++) {
    if (collator.compare(path.basename(sorted[i - 1]!), path.basename(sorted[i]!)) === 0) ties.push([sorted[i - 1]!, sorted[i]!]);
  }
  return ties;
}

/** The server's major version an image runs, from its tag (postgres:16-alpine, pgvector/pgvector:pg17, postgis/postgis:15-3.4); null when unknown. */
export function imageMajorVersion(image: string | null): number | null {
  if (!image) return null;
  const { tag } = parseImage(image);
  if (!tag || tag === 'latest') return null;
  const match = /(?:^|[^0-9.])(?:pg)?(1[0-9]|9)(?:[.\-_]|$)/i.exec(tag) ?? /^(1[0-9])/.exec(tag);
  return match ? Number(match[1]) : null;
}
