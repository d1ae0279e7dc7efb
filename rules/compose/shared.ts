// Helpers shared by the Compose rules.
import type { HostModel, SourceLoc, Stack } from '../../src/types';
import { memo } from '../../src/util/lazy';

/** A position computed on first use: locating builds a file's YAML document, so only findings pay for it. */
export const lazyLoc = memo<SourceLoc | null>;

/** Stacks that run on the host (not under archive/ or another inactive capability). */
export function activeStacks(model: HostModel): Stack[] {
  return model.stacks.filter((stack) => !stack.archived);
}
