// Helpers shared by the Compose rules (and build-context), on the public API only.
import type { HostModel, SourceLoc, Stack } from '../../src/api';

/** A position computed on first use: locating builds a file's YAML document, so only findings pay for it. */
export function lazyLoc(compute: () => SourceLoc | null): () => SourceLoc | null {
  let done = false;
  let value: SourceLoc | null = null;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Stacks that run on the host (not under archive/ or another inactive capability). */
export function activeStacks(model: HostModel): readonly Stack[] {
  return model.stacks.filter((stack) => !stack.archived);
}

/**
 * A test that is true the first time a position and message are seen: a file included by several
 * stacks (or also a stack itself) is loaded more than once, and each problem is reported once.
 */
export function firstTime(): (loc: SourceLoc | null, message: string) => boolean {
  const seen = new Set<string>();
  return (loc, message) => {
    const identity = `${loc?.file}:${loc?.line}:${loc?.column}\u0000${message}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  };
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
