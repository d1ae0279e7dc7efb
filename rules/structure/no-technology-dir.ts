import { isDirLike } from '../../src/scan/tree';
import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'no-technology-dir',
    group: 'structure',
    severity: 'error',
    description: 'A directory that groups services by what they are (docker, containers, compose, stacks, ...) instead of what they do',
    rationale: 'Services should be grouped by what they do (capability/domain), not what they are (technology stack).',
  },
  ({ model, report }) => {
    const technology = new Set(model.policy.technologyDirs);
    const serviceParents = new Set(model.serviceDirs.map((d) => d.parentRel));
    for (const entry of model.tree.entries) {
      if (!isDirLike(entry) || !technology.has(entry.name.toLowerCase())) continue;
      if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
      const inside = model.serviceDirs.filter((d) => d.parentRel === entry.rel);
      const moves = inside
        .filter((d) => d.classification.capability)
        .map((d) => `${d.name} -> ${d.classification.capability}/${d.classification.canonicalName}/`);
      report({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' groups services by technology: group them by capability instead.`,
        fix: moves.length > 0
          ? `Move its services to their capability directories (${moves.join(', ')}) and remove '${entry.name}/'.`
          : `Move each service into the capability directory of what it does and remove '${entry.name}/'.`,
      });
    }
  },
);
