import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/compose/schema/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function normalise(word) {
  return word.toLowerCase().replace(/-/g, "_");
}
function nearest(word, allowed) {
  const wanted = normalise(word);
  const variant = allowed.find((candidate) => normalise(candidate) === wanted);
  if (variant !== void 0 && variant !== word) return variant;
  const limit = word.length <= 3 ? 1 : 2;
  let best = null;
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

export {
  nearest
};
