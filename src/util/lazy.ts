// Positions cost a full YAML document per file (plain files skip building it, see
// src/yaml/fast-load.ts), so model objects carry them as lazy, memoised properties: only the
// positions a finding reports are ever computed.
import type { SourceLoc } from '../files/types';

/** A memoised thunk. */
export function memo<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Gives `target` a `loc` property computed on first read. */
export function withLazyLoc<T extends object>(target: T, compute: () => SourceLoc | null): T & { loc: SourceLoc | null } {
  const get = memo(compute);
  Object.defineProperty(target, 'loc', { get, enumerable: true, configurable: true });
  return target as T & { loc: SourceLoc | null };
}
