import path from 'node:path';
import { defineRule, folderValue, placeValue, type ComposeService } from '../../src/api';
import { blameOrder, moveCause, relatedSide, removalCause, serviceSide } from '../support';

const CORE = 'core-infra';

export default defineRule({
  meta: {
    id: 'single-cache',
    group: 'database',
    severity: 'warning',
    description: 'More than one Valkey/Redis-compatible cache, or the shared one outside core-infra/',
    rationale: 'The seed: "Valkey (Cache) — Shared ✅ — Lightweight, key-value only", one instance in core-infra/valkey/.',
    messages: {
      noneShared: "'{{service}}' is one of {{count}} {{kind}} caches, and none is the shared one in {{core}}/.",
      keepOne:
        "Keep one shared cache in '{{target}}' and point this service at it (a database number or key prefix of its own, e.g. redis://valkey:6379/1), then remove this container.",
      outside: "The shared cache '{{service}}' ({{product}}) runs outside {{core}}/.",
      moveIt: "Move it to '{{target}}' and define it in the {{core}}/ stack.",
      another: "'{{service}}' is another {{product}} cache besides the shared '{{shared}}' ({{sharedAt}}).",
      useShared:
        "Point '{{service}}''s clients at the shared cache with a database number or key prefix of its own (e.g. redis://{{host}}:6379/1) and remove the '{{service}}' container.",
      sharedRelated: "The shared cache '{{shared}}'.",
      otherRelated: "The other {{product}} cache '{{service}}'.",
    },
  },
  check(context) {
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
          messageId: 'noneShared',
          fixId: 'keepOne',
          data: {
            service: service.name,
            count: caches.length,
            kind: cache.product === 'redis' ? 'Redis' : 'Valkey/Redis',
            core: CORE,
            target: folderValue(path.join(model.root, CORE, 'valkey')),
          },
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
        messageId: 'outside',
        fixId: 'moveIt',
        data: { service: shared.service.name, product: shared.product, core: CORE, target: folderValue(target) },
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
        related: [
          kept!.item === shared.service
            ? relatedSide(kept!, 'sharedRelated', { shared: shared.service.name })
            : relatedSide(kept!, 'otherRelated', { product: cache.product, service: service.name }),
        ],
        key: service.name,
        cause: removalCause(context, service),
        messageId: 'another',
        fixId: 'useShared',
        data: {
          service: service.name,
          product: cache.product,
          shared: shared.service.name,
          sharedAt: placeValue(shared.service.loc, shared.service.stack.file),
          host: shared.service.containerName ?? shared.service.name,
        },
      });
    }
  },
});
