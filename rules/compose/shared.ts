// Helpers shared by the Compose rules.
import type { HostModel, SourceLoc, Stack } from '../../src/types';
import { memo } from '../../src/util/lazy';

/** A position computed on first use: locating builds a file's YAML document, so only findings pay for it. */
export const lazyLoc = memo<SourceLoc | null>;

/** Stacks that run on the host (not under archive/ or another inactive capability). */
export function activeStacks(model: HostModel): Stack[] {
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
