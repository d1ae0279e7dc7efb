import path from 'node:path';
import { defineRule, folderValue, placeValue } from '../../src/api';
import { blameOrder, moveCause, relatedSide, removalCause, serviceSide } from '../support';

export default defineRule({
  meta: {
    id: 'single-postgres',
    group: 'database',
    severity: 'error',
    description: 'More than one Postgres-family container across active stacks (unless declared in database.isolated), or the shared one outside core-infra/',
    rationale: 'The seed: "One Postgres container, multiple databases" in core-infra/ — 1 Postgres process (~150MB) vs 4 processes (~600MB).',
    messages: {
      outside: "The shared Postgres '{{name}}' runs outside {{capability}}/.",
      moveIt: "Move it, with its init scripts, to '{{target}}' and define it in the {{capability}}/ stack.",
      second: "'{{name}}' is a second Postgres-family container ({{image}}) besides the shared '{{shared}}' ({{sharedAt}}).",
      mergeIntoShared:
        "Give the data of '{{name}}' a database and role in the shared Postgres (CREATE ROLE … LOGIN; CREATE DATABASE … OWNER …; in its init script), point the clients at host '{{host}}', and remove the '{{name}}' container; or declare it in database.isolated with a reason.",
      noneShared: "'{{name}}' is one of {{count}} Postgres-family containers ({{image}}), and none is the shared one.",
      declareShared:
        "No Postgres is in {{capability}}/ and none is declared the shared one: declare it (database.postgres: { service: NAME } in the config) or keep one in {{capability}}/, then move this one's data there and remove it; or declare it in database.isolated with a reason.",
      secondRelated: "The second Postgres-family container '{{name}}' ({{image}}).",
      sharedRelated: "The shared Postgres '{{shared}}'.",
    },
  },
  check(context) {
    const { model, report } = context;
    const { postgres, shared } = model.database;
    const policy = model.policy.database;
    const isolated = (name: string | null) => policy.isolated.some((i) => i.service === name && i.reason.trim() !== '');
    const capability = policy.postgres?.capability ?? 'core-infra';
    if (shared) {
      const top = path.relative(model.root, shared.stack.dir).split(path.sep)[0];
      if (top !== capability && shared.serviceDir?.capability?.name !== capability) {
        const target = path.join(model.root, capability, policy.postgres?.service ?? 'postgres');
        report({
          loc: shared.loc,
          path: shared.stack.file,
          target,
          messageId: 'outside',
          fixId: 'moveIt',
          data: { name: shared.name, capability, target: folderValue(target) },
          key: shared.name,
          // The placement plan's move of its folder into the capability is this finding's cause.
          cause: moveCause(context, shared, capability),
        });
      }
    }
    for (const service of postgres) {
      if (service === shared || isolated(service.name) || isolated(service.containerName)) continue;
      const loc = service.stack.locate(['services', service.name, 'image']) ?? service.loc;
      const image = String(service.image);
      if (!shared) {
        report({
          loc,
          path: service.stack.file,
          messageId: 'noneShared',
          fixId: 'declareShared',
          data: { name: service.name, count: postgres.length, image, capability },
          key: service.name,
          cause: removalCause(context, service),
        });
        continue;
      }
      // Blame: the change under review's side, else this one (not the shared instance); the shared one is related.
      const [blamed, kept] = blameOrder(context, [serviceSide(context, shared, shared.loc), serviceSide(context, service, loc)]);
      const atShared = blamed!.item === shared;
      report({
        loc: atShared ? blamed!.loc : loc,
        path: atShared ? blamed!.path : service.stack.file,
        related: [atShared ? relatedSide(kept!, 'secondRelated', { name: service.name, image }) : relatedSide(kept!, 'sharedRelated', { shared: shared.name })],
        key: service.name,
        cause: removalCause(context, service),
        messageId: 'second',
        fixId: 'mergeIntoShared',
        data: {
          name: service.name,
          image,
          shared: shared.name,
          sharedAt: placeValue(shared.loc, shared.stack.file),
          host: shared.containerName ?? shared.name,
        },
      });
    }
  },
});
