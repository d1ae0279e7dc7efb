import path from 'node:path';
import { folderPlan, toKebab } from '../../src/plan';
import { defineRule, isKebabCase, shown } from '../support';

export default defineRule(
  {
    id: 'non-canonical-name',
    group: 'structure',
    severity: 'warning',
    description: 'A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case',
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.',
  },
  ({ model, report, plan }) => {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === 'catalog-alias');
      const canonical = dir.classification.canonicalName;
      const misnamed = alias && canonical !== dir.name;
      if (!misnamed && isKebabCase(dir.name)) continue;
      // The rename is part of the folder's move in the placement plan (one move, not two).
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === 'retire' || folder?.fate === 'stay') continue;
      const cause = folder?.cause ?? undefined;
      const fix = folder?.to
        ? `Rename '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'${path.dirname(folder.to) !== path.dirname(dir.abs) ? ' (its move and rename are one step)' : ''}.`
        : `Rename it to '${misnamed ? canonical : toKebab(dir.name)}' when you move it into its capability directory.`;
      report({
        path: dir.abs,
        ...(folder?.to ? { target: folder.to } : {}),
        message: misnamed ? `Folder '${dir.name}' is an alias; the canonical name is '${canonical}'.` : `Service folder '${dir.name}' is not in kebab-case.`,
        fix,
        cause,
      });
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
