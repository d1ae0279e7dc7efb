import path from 'node:path';
import { blameOrder, defineRule, moveCause, relatedSide, removalCause, serviceSide, shown, where } from '../support';


export default defineRule(
  {
    id: 'single-postgres',
    group: 'database',
    severity: 'error',
    description: 'More than one Postgres-family container across active stacks (unless declared in database.isolated), or the shared one outside core-infra/',
    rationale: 'The seed: "One Postgres container, multiple databases" in core-infra/ — 1 Postgres process (~150MB) vs 4 processes (~600MB).',
  },
  (context) => {
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
          message: `The shared Postgres '${shared.name}' runs outside ${capability}/.`,
          fix: `Move it, with its init scripts, to '${shown(model, target)}' and define it in the ${capability}/ stack.`,
          key: shared.name,
          // The placement plan's move of its folder into the capability is this finding's cause.
          cause: moveCause(context, shared, capability),
        });
      }
    }
    for (const service of postgres) {
      if (service === shared || isolated(service.name) || isolated(service.containerName)) continue;
      const loc = service.stack.locate(['services', service.name, 'image']) ?? service.loc;
      const other = shared ? `the shared '${shared.name}' (${where(model, shared.loc, shared.stack.file)})` : '';
      // Blame: the change under review's side, else this one (not the shared instance); the shared one is related.
      const [blamed, kept] = shared ? blameOrder(context, [serviceSide(context, shared, shared.loc), serviceSide(context, service, loc)]) : [null, null];
      const atShared = blamed?.item === shared;
      report({
        loc: atShared ? blamed!.loc : loc,
        path: atShared ? blamed!.path : service.stack.file,
        ...(shared ? { related: [atShared ? relatedSide(kept!, `The second Postgres-family container '${service.name}' (${service.image}).`) : relatedSide(kept!, `The shared Postgres '${shared.name}'.`)] } : {}),
        key: service.name,
        cause: removalCause(context, service),
        message: shared
          ? `'${service.name}' is a second Postgres-family container (${service.image}) besides ${other}.`
          : `'${service.name}' is one of ${postgres.length} Postgres-family containers (${service.image}), and none is the shared one.`,
        fix: shared
          ? `Give the data of '${service.name}' a database and role in the shared Postgres (CREATE ROLE … LOGIN; CREATE DATABASE … OWNER …; in its init script), point the clients at host '${shared.containerName ?? shared.name}', and remove the '${service.name}' container; or declare it in database.isolated with a reason.`
          : `No Postgres is in ${capability}/ and none is declared the shared one: declare it (database.postgres: { service: NAME } in the config) or keep one in ${capability}/, then move this one's data there and remove it; or declare it in database.isolated with a reason.`,
      });
    }
  },
);
