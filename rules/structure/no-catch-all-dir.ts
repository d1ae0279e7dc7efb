import { isDirLike } from '../../src/scan/tree';
import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'no-catch-all-dir',
    group: 'structure',
    severity: 'error',
    description: 'A directory named like a catch-all (apps, misc, other, stuff, general, tmp, ...)',
    rationale: '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface ≠ log viewer ≠ LLM proxy). When in doubt, create a capability-specific directory; do not dump in "apps" or "misc".',
  },
  ({ model, report }) => {
    const catchAll = new Set(model.policy.catchAll);
    const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
    for (const entry of model.tree.entries) {
      if (!isDirLike(entry) || !catchAll.has(entry.name.toLowerCase())) continue;
      // Where services are grouped: root's and capability folders' children, or any folder holding services.
      if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
      const inside = model.serviceDirs.filter((d) => d.parentRel === entry.rel);
      const moves = inside
        .filter((d) => d.classification.capability)
        .map((d) => `${d.name} -> ${d.classification.capability}/${d.classification.canonicalName}/`);
      report({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' is a catch-all directory: group services by what they do (capability), not in '${entry.name}/'.`,
        fix: moves.length > 0
          ? `Move its services to their capability directories (${moves.join(', ')}) and remove '${entry.name}/'.`
          : `Move each service into a capability-specific directory (e.g. communications/) and remove '${entry.name}/'.`,
      });
    }
  },
);
