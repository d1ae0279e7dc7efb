import path from 'node:path';
import { defineRule, folderPlan, folderValue, textValue, type PathValue, type ServiceDir } from '../../src/api';

export default defineRule({
  meta: {
    id: 'split-system',
    group: 'structure',
    severity: 'error',
    description: 'Members of one system in different capability directories',
    rationale:
      '"Is this part of an existing system? Yes -> add to that system\'s directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.',
    messages: {
      split: "System '{{system}}' is split across {{count}} directories: {{where}}. All its members belong in '{{home}}'.",
      moveMembers: 'Move {{moves}}.',
    },
  },
  check({ model, report, plan }) {
    for (const system of model.policy.systems) {
      const members: ServiceDir[] = model.serviceDirs.filter((d) => !d.symlink && system.members.includes(d.classification.canonicalName));
      const homeOf = (m: ServiceDir) => (m.parentKind === 'root' ? '' : m.rel.split('/')[0]!);
      const homes = new Map<string, ServiceDir[]>();
      for (const member of members) homes.set(homeOf(member), [...(homes.get(homeOf(member)) ?? []), member]);
      if (homes.size < 2) continue;
      // `a/ (x, y); b/ (z)` and `'a/x/' to 'b/x/', ...`: lists of places, rendered by the engine.
      const where: (string | PathValue)[] = [];
      [...homes.entries()].forEach(([home, list], i) => {
        if (i > 0) where.push('; ');
        where.push(folderValue(path.join(model.root, home)), ` (${list.map((m) => m.name).join(', ')})`);
      });
      // One finding per system (the cause is the split), at its first member outside the system's home.
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0]!;
      const home = path.join(model.root, system.capability);
      const moves: (string | PathValue)[] = [];
      away.forEach((member, i) => {
        const to = folderPlan(plan, member.abs)?.to ?? null;
        if (i > 0) moves.push(', ');
        moves.push("'", folderValue(member.abs), to ? "' to '" : "' into '", folderValue(to ?? home), "'");
      });
      const firstPlan = folderPlan(plan, first.abs);
      report({
        path: first.abs,
        ...(firstPlan?.to ? { target: firstPlan.to } : {}),
        messageId: 'split',
        fixId: 'moveMembers',
        data: { system: system.name, count: homes.size, where: textValue(...where), home: folderValue(home), moves: textValue(...moves) },
        cause: firstPlan?.cause ?? undefined,
        key: system.name,
      });
    }
  },
});
