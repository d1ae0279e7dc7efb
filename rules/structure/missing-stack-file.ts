import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'missing-stack-file',
    group: 'structure',
    severity: 'warning',
    description: 'A capability directory with services but no stack compose file at its top',
    rationale: 'Each capability directory carries its own stack (core-infra/docker-compose.yml: "Core infrastructure stack"), so related services share one compose project.',
  },
  ({ model, report }) => {
    const stackDirs = new Set(model.stacks.map((s) => s.dir));
    const servicesOf = new Map<string, string[]>();
    for (const d of model.serviceDirs) {
      if (d.capability && d.parentKind === 'capability') servicesOf.set(d.capability.abs, [...(servicesOf.get(d.capability.abs) ?? []), d.name]);
    }
    for (const cap of model.capabilityDirs) {
      if (cap.inactive || stackDirs.has(cap.abs)) continue;
      const services = servicesOf.get(cap.abs) ?? [];
      if (services.length === 0) continue;
      report({
        path: cap.abs,
        message: `Capability directory '${shown(model, cap.abs)}' holds ${services.length} service(s) but no stack compose file at its top.`,
        fix: `Add '${shown(model, cap.abs)}docker-compose.yml' defining (or including) ${services.join(', ')}.`,
      });
    }
  },
);
