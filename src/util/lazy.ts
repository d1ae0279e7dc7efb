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

const LOC_THUNK = Symbol('svclint.lazyLoc');

/**
 * The one getter and descriptor of every lazy `loc`. A getter or descriptor made per object turns
 * each object into a slow dictionary (or a shape of its own): ~2-5 µs apiece, tens of thousands of
 * them at 10,000 services. Shared, the objects keep one fast shape; each keeps its thunk in a symbol slot.
 */
const LAZY_LOC: PropertyDescriptor = {
  get(this: { [LOC_THUNK]: () => SourceLoc | null }) {
    return this[LOC_THUNK]();
  },
  enumerable: true,
  configurable: true,
};

/**
 * Gives `target` a `loc` property (own, enumerable, read-only) computed on first read. `target`
 * must not have a `loc` yet: redefining a data property as an accessor makes a slow object.
 */
export function withLazyLoc<T extends object>(target: T, compute: () => SourceLoc | null): T & { loc: SourceLoc | null } {
  (target as T & { [LOC_THUNK]: () => SourceLoc | null })[LOC_THUNK] = memo(compute);
  Object.defineProperty(target, 'loc', LAZY_LOC);
  return target as T & { loc: SourceLoc | null };
}
