import { defineRule, folderValue, pathValue, type ComposeService, type ServiceDir } from '../../src/api';
import { blameOrder, folderSide, isSharedInfrastructure, relatedSide, removalCause, serviceSide } from '../support';

export default defineRule({
  meta: {
    id: 'duplicate-service',
    group: 'structure',
    severity: 'error',
    description: 'The same service in two places (postgres/ and docker/postgres/, or one compose service defined in two stacks)',
    rationale: 'The seed finds "postgres/ — duplicate or misplaced?": one service, one folder, one definition.',
    messages: {
      twoFolders: "Service '{{name}}' is in two places: '{{kept}}' and '{{retired}}'.",
      removeCopy: "Keep '{{kept}}' (the placement plan's copy): move anything only this copy has into it, then remove '{{retired}}'.",
      keepThis: "Keep this folder (the placement plan's copy): move anything only '{{retired}}' has into it, then remove '{{retired}}'.",
      keptCopy: "The copy of '{{name}}' the placement plan keeps.",
      retiredCopy: "The second copy of '{{name}}', which the placement plan retires.",
      twoDefinitions: "Compose service '{{name}}' is defined in two stacks: '{{first}}' and '{{second}}'.",
      removeDefinition:
        "Remove this definition of '{{name}}' and keep the one in '{{other}}' (define a service once, in the stack of its capability directory).",
      otherDefinition: "The other definition of '{{name}}'.",
    },
  },
  check(context) {
    const { model, report, plan } = context;
    const byAbs = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    // Two folders of one service: the placement plan keeps one and retires the other.
    const reportedDirs = new Set<ServiceDir>();
    for (const folder of plan.folders) {
      if (folder.fate !== 'retire' || !folder.keep) continue;
      const retired = byAbs.get(folder.dir)!;
      const kept = byAbs.get(folder.keep)!;
      reportedDirs.add(retired).add(kept);
      const [blamed, other] = blameOrder(context, [folderSide(context, kept), folderSide(context, retired, ['second-copy'])]);
      const name = retired.classification.canonicalName;
      const blamedIsCopy = blamed!.item === retired;
      report({
        path: blamed!.path,
        messageId: 'twoFolders',
        fixId: blamedIsCopy ? 'removeCopy' : 'keepThis',
        data: { name, kept: folderValue(kept.abs), retired: folderValue(retired.abs) },
        related: [relatedSide(other!, blamedIsCopy ? 'keptCopy' : 'retiredCopy', { name })],
        cause: folder.cause ?? undefined,
        key: name,
      });
    }
    // One compose service defined in two active stacks (only services the catalog knows: `db` in two
    // projects is two services, `traefik` in two stacks is one service defined twice). A second
    // Postgres or cache is the database rules' finding.
    const byName = new Map<string, ComposeService[]>();
    // The first catalog entry naming each name or alias (exact case), as a scan of the catalog per service finds it.
    const knownAs = new Map<string, (typeof model.policy.catalog)[number]>();
    for (const entry of model.policy.catalog) for (const name of [entry.name, ...entry.aliases]) if (!knownAs.has(name)) knownAs.set(name, entry);
    for (const service of model.services) {
      if (service.stack.archived) continue;
      const known = knownAs.get(service.name);
      if (!known || isSharedInfrastructure(known)) continue;
      // A generic name running another image (a plain `nginx` web server is not nginx-proxy) is not that service.
      if (known.images.length > 0 && (!service.image || context.catalogByImage(service.image) !== known)) continue;
      const services = byName.get(known.name);
      if (services) services.push(service);
      else byName.set(known.name, [service]);
    }
    for (const [name, services] of byName) {
      const stacks = new Set(services.map((s) => s.stack.file));
      if (stacks.size < 2) continue;
      const first = services[0]!;
      for (const service of services.slice(1)) {
        if (service.stack.file === first.stack.file) continue;
        if (service.serviceDir && first.serviceDir && reportedDirs.has(service.serviceDir) && reportedDirs.has(first.serviceDir)) continue;
        if (service.serviceDir && service.serviceDir === first.serviceDir) continue;
        const [blamed, other] = blameOrder(context, [serviceSide(context, first, first.loc), serviceSide(context, service, service.loc)]);
        report({
          loc: blamed!.loc,
          path: blamed!.path,
          messageId: 'twoDefinitions',
          fixId: 'removeDefinition',
          data: { name, first: pathValue(first.stack.file), second: pathValue(service.stack.file), other: pathValue(other!.path) },
          related: [relatedSide(other!, 'otherDefinition', { name })],
          cause: removalCause(context, blamed!.item),
          key: name,
        });
      }
    }
  },
});
