import path from 'node:path';
import { folderPlan } from '../../src/plan';
import { defineRule, shown } from '../support';
import type { ServiceDir } from '../../src/types';

export default defineRule(
  {
    id: 'split-system',
    group: 'structure',
    severity: 'error',
    description: 'Members of one system in different capability directories',
    rationale: '"Is this part of an existing system? Yes -> add to that system\'s directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.',
  },
  ({ model, report, plan }) => {
    for (const system of model.policy.systems) {
      const members: ServiceDir[] = model.serviceDirs.filter(
        (d) => !d.symlink && system.members.includes(d.classification.canonicalName),
      );
      const homeOf = (m: ServiceDir) => (m.parentKind === 'root' ? '' : m.rel.split('/')[0]!);
      const homes = new Map<string, ServiceDir[]>();
      for (const member of members) homes.set(homeOf(member), [...(homes.get(homeOf(member)) ?? []), member]);
      if (homes.size < 2) continue;
      const where = [...homes.entries()]
        .map(([home, list]) => `${shown(model, path.join(model.root, home))} (${list.map((m) => m.name).join(', ')})`)
        .join('; ');
      // One finding per system (the cause is the split), at its first member outside the system's home.
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0]!;
      const home = path.join(model.root, system.capability);
      const targets = away.map((m) => ({ member: m, to: folderPlan(plan, m.abs)?.to ?? null }));
      const firstPlan = folderPlan(plan, first.abs);
      report({
        path: first.abs,
        ...(firstPlan?.to ? { target: firstPlan.to } : {}),
        message: `System '${system.name}' is split across ${homes.size} directories: ${where}. All its members belong in '${shown(model, home)}'.`,
        fix: `Move ${targets.map(({ member, to }) => `'${shown(model, member.abs)}' ${to ? `to '${shown(model, to)}'` : `into '${shown(model, home)}'`}`).join(', ')}.`,
        cause: firstPlan?.cause ?? undefined,
        key: system.name,
      });
    }
  },
);
