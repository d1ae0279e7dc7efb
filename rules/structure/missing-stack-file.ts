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
    for (const cap of model.capabilityDirs) {
      if (cap.inactive) continue;
      const services = model.serviceDirs.filter((d) => d.capability === cap && d.parentKind === 'capability');
      if (services.length === 0) continue;
      if (model.stacks.some((s) => s.dir === cap.abs)) continue;
      report({
        path: cap.abs,
        message: `Capability directory '${shown(model, cap.abs)}' holds ${services.length} service(s) but no stack compose file at its top.`,
        fix: `Add '${shown(model, cap.abs)}docker-compose.yml' defining (or including) ${services.map((s) => s.name).join(', ')}.`,
      });
    }
  },
);
