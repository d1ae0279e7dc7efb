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
const LOC_VALUE = Symbol('svclint.lazyLocValue');

interface LazyLocSlots {
  /** What computes the position; null once it has been computed. */
  [LOC_THUNK]: (() => SourceLoc | null) | null;
  [LOC_VALUE]?: SourceLoc | null;
}

/**
 * The one getter and descriptor of every lazy `loc`. A getter or descriptor made per object turns
 * each object into a slow dictionary (or a shape of its own): ~2-5 µs apiece, tens of thousands of
 * them at 10,000 services. Shared, the objects keep one fast shape; each keeps its thunk in a symbol
 * slot, and the getter memoises into a second slot (no memo closure per object: only the few
 * positions a finding reports are ever computed, so the slot is added rarely).
 */
const LAZY_LOC: PropertyDescriptor = {
  get(this: LazyLocSlots) {
    const compute = this[LOC_THUNK];
    if (compute === null) return this[LOC_VALUE];
    const value = compute();
    this[LOC_VALUE] = value;
    this[LOC_THUNK] = null;
    return value;
  },
  enumerable: true,
  configurable: true,
};

/**
 * Gives `target` a `loc` property (own, enumerable, read-only) computed on first read. `target`
 * must not have a `loc` yet: redefining a data property as an accessor makes a slow object.
 */
export function withLazyLoc<T extends object>(target: T, compute: () => SourceLoc | null): T & { loc: SourceLoc | null } {
  (target as T & LazyLocSlots)[LOC_THUNK] = compute;
  Object.defineProperty(target, 'loc', LAZY_LOC);
  return target as T & { loc: SourceLoc | null };
}
