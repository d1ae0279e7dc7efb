import { defineRule, folderValue } from '../../src/api';

export default defineRule({
  meta: {
    id: 'missing-stack-file',
    group: 'structure',
    severity: 'warning',
    description: 'A capability directory with services but no stack compose file at its top',
    rationale:
      'Each capability directory carries its own stack (core-infra/docker-compose.yml: "Core infrastructure stack"), so related services share one compose project.',
    messages: {
      noStack: "Capability directory '{{folder}}' holds {{count}} service(s) but no stack compose file at its top.",
      addStack: "Add '{{folder}}docker-compose.yml' defining (or including) {{services}}.",
    },
  },
  check({ model, report }) {
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
        messageId: 'noStack',
        fixId: 'addStack',
        data: { folder: folderValue(cap.abs), count: services.length, services: services.join(', ') },
      });
    }
  },
});
