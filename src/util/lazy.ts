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

/** Where a lazy `loc` keeps its thunk until the first read, then its value (not enumerable: JSON, spreads and keys leave it out). */
const LAZY_LOC = Symbol('lazy loc');

interface LazyLocState {
  compute: (() => SourceLoc | null) | null;
  value: SourceLoc | null;
}

/** One getter for every lazy `loc`: an accessor per object gave each object its own shape (slow, dictionary-mode objects). */
function lazyLocGetter(this: { [LAZY_LOC]: LazyLocState }): SourceLoc | null {
  const state = this[LAZY_LOC];
  if (state.compute !== null) {
    state.value = state.compute();
    state.compute = null;
  }
  return state.value;
}

const LAZY_LOC_DESCRIPTOR: PropertyDescriptor = { get: lazyLocGetter, enumerable: true, configurable: true };

/**
 * Gives `target` a `loc` property computed on first read: an own, enumerable accessor, as a
 * data `loc` would be listed. Objects made the same way share one shape: at 10,000 services
 * there are ~20,000 connection pieces.
 */
export function withLazyLoc<T extends object>(target: T, compute: () => SourceLoc | null): T & { loc: SourceLoc | null } {
  const state: LazyLocState = { compute, value: null };
  Object.defineProperty(target, LAZY_LOC, { value: state, enumerable: false, writable: false, configurable: true });
  Object.defineProperty(target, 'loc', LAZY_LOC_DESCRIPTOR);
  return target as T & { loc: SourceLoc | null };
}
