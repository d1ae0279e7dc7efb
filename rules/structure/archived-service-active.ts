import path from 'node:path';
import { defineRule, folderValue, isInside, pathValue, type ComposeService } from '../../src/api';
import { isRecord } from '../compose/shared';

/** Keys through which one compose service names another. */
function namedDependencies(service: ComposeService): { name: string; key: string }[] {
  const out: { name: string; key: string }[] = [];
  const r = service.resolved;
  const dependsOn = r.depends_on;
  if (Array.isArray(dependsOn)) for (const d of dependsOn) out.push({ name: String(d), key: 'depends_on' });
  else if (isRecord(dependsOn)) for (const d of Object.keys(dependsOn)) out.push({ name: d, key: 'depends_on' });
  if (Array.isArray(r.links)) for (const l of r.links) out.push({ name: String(l).split(':')[0]!, key: 'links' });
  if (Array.isArray(r.volumes_from))
    for (const v of r.volumes_from)
      out.push({
        name: String(v)
          .replace(/^service:/, '')
          .split(':')[0]!,
        key: 'volumes_from',
      });
  for (const key of ['network_mode', 'pid', 'ipc'] as const) {
    const value = r[key];
    if (typeof value === 'string' && value.startsWith('service:')) out.push({ name: value.slice(8), key });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'archived-service-active',
    group: 'structure',
    severity: 'error',
    description: 'A service under archive/ that an active stack still references or that still routes traffic',
    rationale:
      'archive/ holds deprecated services kept for rollback (nginx replaced by Traefik, acme-companion by Cloudflare); an archived service that is still referenced or routed is not archived.',
    messages: {
      includesArchived: "Active stack includes '{{file}}' from archive/.",
      removeInclude: 'Remove this include; archived services must not run.',
      dependsOnArchived: "'{{service}}' depends on '{{dependency}}' ({{key}}), which is archived in '{{folder}}'.",
      pointAtReplacement: "Point '{{service}}' at the active replacement and remove '{{dependency}}' from {{key}}.",
      usesArchivedPath: "'{{service}}' mounts or builds from '{{source}}' inside archive/.",
      copyIntoOwnFolder: 'Copy what it needs into its own service folder; archived folders must not be used by running services.',
      stillRouted: "Archived service '{{service}}' still has Traefik routing enabled (traefik.enable=true).",
      disableRouting: 'Set traefik.enable=false (or remove its router labels) so an accidental start does not take traffic.',
    },
  },
  check({ model, report, referencedPaths }) {
    const archiveDirs = model.capabilityDirs.filter((c) => c.inactive);
    if (archiveDirs.length === 0) return;
    const archivedServices = new Map<string, ComposeService>();
    for (const s of model.services) if (s.stack.archived) archivedServices.set(s.name, s);
    const activeNames = new Set(model.services.filter((s) => !s.stack.archived).map((s) => s.name));
    const inArchive = (p: string) => archiveDirs.some((a) => isInside(a.abs, p));

    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const include = stack.resolved.include;
      if (Array.isArray(include)) {
        include.forEach((item, i) => {
          const files = typeof item === 'string' ? [item] : isRecord(item) ? ([] as unknown[]).concat(item.path ?? []) : [];
          for (const file of files) {
            if (typeof file !== 'string' || file.includes('${')) continue;
            const abs = path.resolve(stack.dir, file);
            if (!inArchive(abs)) continue;
            report({
              loc: stack.locate(['include', i]),
              path: stack.file,
              messageId: 'includesArchived',
              fixId: 'removeInclude',
              data: { file: pathValue(abs) },
            });
          }
        });
      }
      for (const service of stack.services) {
        for (const dep of namedDependencies(service)) {
          const archived = archivedServices.get(dep.name);
          if (!archived || activeNames.has(dep.name)) continue;
          report({
            loc: stack.locate(['services', service.name, dep.key]) ?? service.loc,
            path: stack.file,
            messageId: 'dependsOnArchived',
            fixId: 'pointAtReplacement',
            data: { service: service.name, dependency: dep.name, key: dep.key, folder: folderValue(archived.stack.dir) },
          });
        }
        for (const source of referencedPaths(service)) {
          if (!inArchive(source)) continue;
          report({
            loc: stack.locate(['services', service.name, 'volumes']) ?? stack.locate(['services', service.name, 'build']) ?? service.loc,
            path: stack.file,
            messageId: 'usesArchivedPath',
            fixId: 'copyIntoOwnFolder',
            data: { service: service.name, source: pathValue(source) },
          });
        }
      }
    }
    // Archived services that would still be routed by Traefik if anything started them.
    for (const service of archivedServices.values()) {
      if (service.labels.get('traefik.enable')?.toLowerCase() !== 'true') continue;
      report({
        loc: service.stack.locate(['services', service.name, 'labels']) ?? service.loc,
        path: service.stack.file,
        messageId: 'stillRouted',
        fixId: 'disableRouting',
        data: { service: service.name },
      });
    }
  },
});
