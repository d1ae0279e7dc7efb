import path from 'node:path';
import { blameOrder, defineRule, moveCause, relatedSide, removalCause, serviceSide, shown, where } from '../support';
import type { ComposeService } from '../../src/types';


const CORE = 'core-infra';

export default defineRule(
  {
    id: 'single-cache',
    group: 'database',
    severity: 'warning',
    description: 'More than one Valkey/Redis-compatible cache, or the shared one outside core-infra/',
    rationale: 'The seed: "Valkey (Cache) — Shared ✅ — Lightweight, key-value only", one instance in core-infra/valkey/.',
  },
  (context) => {
    const { model, report } = context;
    const caches = model.database.stores.filter((s) => s.kind === 'cache');
    if (caches.length === 0) return;
    const inCore = (s: ComposeService) => path.relative(model.root, s.stack.dir).split(path.sep)[0] === CORE;
    // The shared cache: the one in core-infra/, else the only one. Never a pick among equals (an app
    // catalog where each app has its own cache): then each is reported with the advice to keep one there.
    const shared = caches.find((c) => inCore(c.service)) ?? (caches.length === 1 ? caches[0]! : null);
    if (!shared) {
      for (const cache of caches) {
        const service = cache.service;
        report({
          loc: service.stack.locate(['services', service.name, 'image']) ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' is one of ${caches.length} ${cache.product === 'redis' ? 'Redis' : 'Valkey/Redis'} caches, and none is the shared one in ${CORE}/.`,
          fix: `Keep one shared cache in '${shown(model, path.join(model.root, CORE, 'valkey'))}' and point this service at it (a database number or key prefix of its own, e.g. redis://valkey:6379/1), then remove this container.`,
        });
      }
      return;
    }
    if (!inCore(shared.service)) {
      const target = path.join(model.root, CORE, shared.product === 'redis' ? 'redis' : 'valkey');
      report({
        loc: shared.service.loc,
        path: shared.service.stack.file,
        target,
        message: `The shared cache '${shared.service.name}' (${shared.product}) runs outside ${CORE}/.`,
        fix: `Move it to '${shown(model, target)}' and define it in the ${CORE}/ stack.`,
        key: shared.service.name,
        // The placement plan's move of its folder into core-infra/ is this finding's cause.
        cause: moveCause(context, shared.service, CORE),
      });
    }
    for (const cache of caches) {
      if (cache === shared) continue;
      const service = cache.service;
      const loc = service.stack.locate(['services', service.name, 'image']) ?? service.loc;
      // Blame: the change under review's side, else this one (not the shared cache); the shared one is related.
      const [blamed, kept] = blameOrder(context, [serviceSide(context, shared.service, shared.service.loc), serviceSide(context, service, loc)]);
      report({
        loc: blamed!.loc,
        path: blamed!.path,
        related: [relatedSide(kept!, kept!.item === shared.service ? `The shared cache '${shared.service.name}'.` : `The other ${cache.product} cache '${service.name}'.`)],
        key: service.name,
        cause: removalCause(context, service),
        message: `'${service.name}' is another ${cache.product} cache besides the shared '${shared.service.name}' (${where(model, shared.service.loc, shared.service.stack.file)}).`,
        fix: `Point '${service.name}''s clients at the shared cache with a database number or key prefix of its own (e.g. redis://${shared.service.containerName ?? shared.service.name}:6379/1) and remove the '${service.name}' container.`,
      });
    }
  },
);
