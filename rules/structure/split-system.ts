import path from 'node:path';
import { defineRule, expectedServicePath, shown } from '../support';
import type { ServiceDir } from '../../src/types';

export default defineRule(
  {
    id: 'split-system',
    group: 'structure',
    severity: 'error',
    description: 'Members of one system in different capability directories',
    rationale: '"Is this part of an existing system? Yes -> add to that system\'s directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.',
  },
  ({ model, report }) => {
    for (const system of model.policy.systems) {
      const members: ServiceDir[] = model.serviceDirs.filter(
        (d) => !d.symlink && system.members.includes(d.classification.canonicalName),
      );
      const homes = new Map<string, ServiceDir[]>();
      for (const member of members) {
        const home = member.parentKind === 'root' ? '' : member.rel.split('/')[0]!;
        homes.set(home, [...(homes.get(home) ?? []), member]);
      }
      if (homes.size < 2) continue;
      const where = [...homes.entries()]
        .map(([home, list]) => `${shown(model, path.join(model.root, home))} (${list.map((m) => m.name).join(', ')})`)
        .join('; ');
      for (const member of members) {
        const home = member.parentKind === 'root' ? '' : member.rel.split('/')[0]!;
        if (home === system.capability) continue;
        const target = expectedServicePath(model, system.capability, member.classification.canonicalName);
        report({
          path: member.abs,
          target,
          message: `System '${system.name}' is split across ${homes.size} directories: ${where}. All its members belong in '${shown(model, path.join(model.root, system.capability))}'.`,
          fix: `Move '${shown(model, member.abs)}' to '${shown(model, target)}'.`,
        });
      }
    }
  },
);
