// Helpers shared by the Compose rules: where something is, in the words of a message.
import type { HostModel, SourceLoc, Stack } from '../../src/types';
import { memo } from '../../src/util/lazy';
import { shown } from '../support';

/** A position computed on first use: locating builds a file's YAML document, so only findings pay for it. */
export const lazyLoc = memo<SourceLoc | null>;

/** `services/docker/docker-compose.yml:6:21` (cwd-relative), or the file alone without a position. */
export function where(model: HostModel, loc: SourceLoc | null, fallbackFile: string): string {
  if (!loc) return shown(model, fallbackFile, false);
  return `${shown(model, loc.file, false)}:${loc.line}:${loc.column}`;
}

/** Stacks that run on the host (not under archive/ or another inactive capability). */
export function activeStacks(model: HostModel): Stack[] {
  return model.stacks.filter((stack) => !stack.archived);
}
