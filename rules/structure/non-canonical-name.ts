import path from 'node:path';
import { defineRule, folderPlan, folderValue, isKebabCase, toKebab } from '../../src/api';

export default defineRule({
  meta: {
    id: 'non-canonical-name',
    group: 'structure',
    severity: 'warning',
    description: 'A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case',
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.',
    messages: {
      alias: "Folder '{{name}}' is an alias; the canonical name is '{{canonical}}'.",
      notKebab: "Service folder '{{name}}' is not in kebab-case.",
      capabilityNotKebab: "Capability folder '{{name}}' is not in kebab-case.",
      renameTo: "Rename '{{folder}}' to '{{target}}'{{oneStep}}.",
      renameWhenMoved: "Rename it to '{{expected}}' when you move it into its capability directory.",
      renameCapability: "Rename it to '{{expected}}'.",
    },
  },
  check({ model, report, plan }) {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === 'catalog-alias');
      const canonical = dir.classification.canonicalName;
      const misnamed = !!alias && canonical !== dir.name;
      if (!misnamed && isKebabCase(dir.name)) continue;
      // The rename is part of the folder's move in the placement plan (one move, not two).
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === 'retire' || folder?.fate === 'stay') continue;
      report({
        path: dir.abs,
        ...(folder?.to ? { target: folder.to } : {}),
        messageId: misnamed ? 'alias' : 'notKebab',
        fixId: folder?.to ? 'renameTo' : 'renameWhenMoved',
        data: {
          name: dir.name,
          canonical,
          folder: folderValue(dir.abs),
          target: folder?.to ? folderValue(folder.to) : '',
          oneStep: folder?.to && path.dirname(folder.to) !== path.dirname(dir.abs) ? ' (its move and rename are one step)' : '',
          expected: misnamed ? canonical : toKebab(dir.name),
        },
        cause: folder?.cause ?? undefined,
      });
    }
    for (const cap of model.capabilityDirs) {
      if (isKebabCase(cap.name)) continue;
      report({ path: cap.abs, messageId: 'capabilityNotKebab', fixId: 'renameCapability', data: { name: cap.name, expected: toKebab(cap.name) } });
    }
  },
});
