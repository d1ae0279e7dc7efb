// Folders whose name says how services are grouped (catch-all: apps/, misc/; technology: docker/,
// stacks/), looked for where grouping happens: the root's and capabilities' children, or any
// folder holding services (a `tmp/` data folder deep inside a service is not a grouping).
// The plan empties them; no-catch-all-dir and no-technology-dir report them.
import { isDirLike } from '../scan/tree';
import type { HostModel } from '../model/types';
import type { TreeEntry } from '../scan/types';

export type GroupKind = 'catch-all' | 'technology';

export interface GroupingFolder {
  entry: TreeEntry;
  kind: GroupKind;
}

export function groupingFolders(model: HostModel): GroupingFolder[] {
  const catchAll = new Set(model.policy.catchAll);
  const technology = new Set(model.policy.technologyDirs);
  const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
  const found: GroupingFolder[] = [];
  for (const entry of model.tree.entries) {
    if (!isDirLike(entry)) continue;
    const name = entry.name.toLowerCase();
    const kind: GroupKind | null = catchAll.has(name) ? 'catch-all' : technology.has(name) ? 'technology' : null;
    if (!kind) continue;
    if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
    found.push({ entry, kind });
  }
  return found;
}
