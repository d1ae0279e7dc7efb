// What the benchmarks share: the median of samples, and GNU time (CPU time and peak RSS of a child).
import { execFileSync } from 'node:child_process';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** GNU time's path, or null when the machine has none (BSD time has no -f). */
export function findTimeBinary() {
  for (const candidate of ['/usr/bin/time', '/bin/time']) {
    try {
      execFileSync(candidate, ['-f', '%M', 'true'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not GNU time, or absent
    }
  }
  return null;
}
