import path from 'node:path';
import { defineRule, isKebabCase, shown } from '../support';

export default defineRule(
  {
    id: 'non-canonical-name',
    group: 'structure',
    severity: 'warning',
    description: 'A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case',
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.',
  },
  ({ model, report }) => {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === 'catalog-alias');
      const canonical = dir.classification.canonicalName;
      if (alias && canonical !== dir.name) {
        const target = path.join(path.dirname(dir.abs), canonical);
        report({
          path: dir.abs,
          message: `Folder '${dir.name}' is an alias; the canonical name is '${canonical}'.`,
          fix: `Rename '${shown(model, dir.abs)}' to '${shown(model, target)}'.`,
        });
      } else if (!isKebabCase(dir.name)) {
        report({
          path: dir.abs,
          message: `Service folder '${dir.name}' is not in kebab-case.`,
          fix: `Rename it to '${toKebab(dir.name)}'.`,
        });
      }
    }
    for (const cap of model.capabilityDirs) {
      if (isKebabCase(cap.name)) continue;
      report({
        path: cap.abs,
        message: `Capability folder '${cap.name}' is not in kebab-case.`,
        fix: `Rename it to '${toKebab(cap.name)}'.`,
      });
    }
  },
);

function toKebab(name: string): string {
  return (
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'service'
  );
}
