// Binary search over an ascending array of numbers: the line, run or chunk an offset falls in
// (line starts, OffsetMap runs, statement ends), one implementation for all of them.

/** Index of the last element at or before `value`; -1 when every element is after it. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Index of the first element at or after `value`; -1 when every element is before it. */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! >= value) {
      found = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}

/** Offsets where lines start (after each `\n`; a lone `\r` is not a line break here). */
export function newlineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** 1-based line and column (in the text's units) of an offset, from its line starts (`starts[0]` is 0). */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  const index = Math.max(0, lastAtOrBefore(starts, offset));
  return { line: index + 1, column: offset - starts[index]! + 1 };
}
