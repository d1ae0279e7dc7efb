import { defineRule, hasUnknownVariable, placeValue, type ComposeService } from '../../src/api';
import { blameOrder, blameWhy, relatedSide, removalCause, serviceSide, whyText, type Side } from '../support';
import { activeStacks } from './shared';

export default defineRule({
  meta: {
    id: 'duplicate-container-name',
    group: 'compose',
    severity: 'error',
    description: 'One container_name used twice on the host, across all stacks',
    rationale: 'Container names are global on a Docker host: the second stack fails with "container name already in use", which per-file linters cannot see.',
    messages: {
      taken: "Container name '{{name}}' of service '{{service}}' is already used by {{other}} at {{where}}; the second container fails to start.",
      rename: "Give '{{service}}' a unique container_name (e.g. '{{suggestion}}'){{why}}, or remove it if it is the same service.",
      alsoUses: "Service '{{service}}' also uses container name '{{name}}'.",
    },
  },
  check(context) {
    const { model, report } = context;
    const byName = new Map<string, ComposeService[]>();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const name = service.containerName;
        if (!name || hasUnknownVariable(name)) continue;
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
        const others = ordered.slice(index + 1).filter((o) => context.mayRunTogether(o.item, side.item));
        if (others.length === 0) return;
        const service = side.item;
        const first = others[others.length - 1]!;
        report({
          loc: side.loc,
          path: side.path,
          messageId: 'taken',
          fixId: 'rename',
          data: {
            name,
            service: service.name,
            other: first.item.stack === service.stack ? `service '${first.item.name}' of this stack` : `service '${first.item.name}'`,
            where: placeValue(first.loc, first.item.stack.file),
            suggestion: service.name === name ? `${name}-2` : service.name,
            why: whyText(blameWhy(context, side), ' (this side should change: ', ')'),
          },
          related: others.map((o: Side<ComposeService>) => relatedSide(o, 'alsoUses', { service: o.item.name, name })),
          key: name,
          cause: removalCause(context, service),
        });
      });
    }
  },
});
