// Shared by no-catch-all-dir and no-technology-dir: folders whose name says how services are
// grouped, looked for where grouping happens (the root's and capabilities' children, or any folder
// holding services: a `tmp/` data folder deep inside a service is not a grouping).
import { isDirLike } from '../../src/scan/tree';
import type { HostModel, Report, TreeEntry } from '../../src/types';

export interface GroupingFolder {
  entry: TreeEntry;
  /** `name -> capability/canonical-name/` for each service inside whose home is known. */
  moves: string[];
}

export function groupingFolders(model: HostModel, names: readonly string[]): GroupingFolder[] {
  const wanted = new Set(names);
  const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
  const found: GroupingFolder[] = [];
  for (const entry of model.tree.entries) {
    if (!isDirLike(entry) || !wanted.has(entry.name.toLowerCase())) continue;
    if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
    const moves = model.serviceDirs
      .filter((d) => d.parentRel === entry.rel && d.classification.capability)
      .map((d) => `${d.name} -> ${d.classification.capability}/${d.classification.canonicalName}/`);
    found.push({ entry, moves });
  }
  return found;
}

/** The fix sentence: where its services go, then remove the folder. */
export function groupingFix(folder: GroupingFolder, otherwise: string): Report['fix'] {
  const name = folder.entry.name;
  return folder.moves.length > 0
    ? `Move its services to their capability directories (${folder.moves.join(', ')}) and remove '${name}/'.`
    : `${otherwise} and remove '${name}/'.`;
}
