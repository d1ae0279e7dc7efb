// "Did you mean" for unknown keys and enum values.

/** Optimal-string-alignment Damerau-Levenshtein distance (an adjacent swap costs 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Same word up to case and `-`/`_` (`network-mode` is `network_mode`). */
function normalise(word: string): string {
  return word.toLowerCase().replace(/-/g, '_');
}

/**
 * The allowed word nearest to `word`: a case or `-`/`_` variant first, else the closest within
 * edit distance 2 (1 for words of up to 3 characters, where 2 edits would match almost anything).
 * Ties go to the alphabetically first candidate, so the answer does not depend on schema order.
 */
export function nearest(word: string, allowed: readonly string[]): string | null {
  const wanted = normalise(word);
  const variant = allowed.find((candidate) => normalise(candidate) === wanted);
  if (variant !== undefined && variant !== word) return variant;
  const limit = word.length <= 3 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of [...allowed].sort()) {
    if (candidate === word) continue;
    const distance = editDistance(wanted, normalise(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
