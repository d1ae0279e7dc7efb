import { hasUnknown } from '../../src/compose';
import { mayRunTogether } from '../../src/compose/profiles';
import type { ComposeService } from '../../src/types';
import { blameOrder, blameWhy, defineRule, relatedSide, removalCause, serviceSide, where, type Side } from '../support';
import { activeStacks } from './shared';

export default defineRule(
  {
    id: 'duplicate-container-name',
    group: 'compose',
    severity: 'error',
    description: 'One container_name used twice on the host, across all stacks',
    rationale: 'Container names are global on a Docker host: the second stack fails with "container name already in use", which per-file linters cannot see.',
  },
  (context) => {
    const { model, report } = context;
    const byName = new Map<string, ComposeService[]>();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const name = service.containerName;
        if (!name || hasUnknown(name)) continue;
        const list = byName.get(name);
        if (list) list.push(service);
        else byName.set(name, [service]);
      }
    }
    for (const [name, services] of byName) {
      if (services.length < 2) continue;
      // Positions are looked up only for names used twice (they cost a full YAML document).
      const sides = services.map((s) => serviceSide(context, s, s.stack.locate(['services', s.name, 'container_name']) ?? s.loc));
      // Each side that clashes with a side less to blame gets the finding; the least to blame keeps the name.
      const ordered = blameOrder(context, sides);
      ordered.forEach((side, index) => {
        const others = ordered.slice(index + 1).filter((o) => mayRunTogether(o.item, side.item));
        if (others.length === 0) return;
        const service = side.item;
        const first = others[others.length - 1]!;
        const other = first.item.stack === service.stack ? `service '${first.item.name}' of this stack` : `service '${first.item.name}'`;
        const why = blameWhy(context, side);
        report({
          loc: side.loc,
          path: side.path,
          message: `Container name '${name}' of service '${service.name}' is already used by ${other} at ${where(model, first.loc, first.item.stack.file)}; the second container fails to start.`,
          fix: `Give '${service.name}' a unique container_name (e.g. '${service.name === name ? `${name}-2` : service.name}')${why ? ` (this side should change: ${why})` : ''}, or remove it if it is the same service.`,
          related: others.map((o: Side<ComposeService>) => relatedSide(o, `Service '${o.item.name}' also uses container name '${name}'.`)),
          key: name,
          cause: removalCause(context, service),
        });
      });
    }
  },
);
