import { defineRule, placeValue, textValue, type PathValue, type PortUse } from '../../src/api';
import { blameOrder, blameWhy, relatedSide, removalCause, serviceSide, whyText } from '../support';
import { lazyLoc } from './shared';

export default defineRule({
  meta: {
    id: 'duplicate-host-port',
    group: 'compose',
    severity: 'error',
    description: 'One host port (same host IP and protocol) published twice on the host, across all stacks',
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.',
    messages: {
      replicas:
        'Host port {{port}} of service \'{{service}}\' is published by each of its {{replicas}} containers (scale/deploy.replicas); the second fails with "port is already allocated".',
      publishRange: "Publish a host port range as large as the replica count (e.g. '{{range}}:<container port>'), or run one container.",
      poolFull:
        'Every host port of {{port}} (the range of service \'{{service}}\') is already published, by {{others}}; the container fails with "port is already allocated".',
      taken: 'Host port {{port}} of service \'{{service}}\' is already published by {{others}}; the second container fails with "port is already allocated".',
      freePort:
        "Publish '{{service}}' on a free host port (change the host side of '{{entry}}'){{why}}, bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.",
      alsoPublishes: "Service '{{service}}' publishes host port {{port}} too ('{{entry}}').",
    },
  },
  check(context) {
    const { report } = context;
    // Docker's rules (address families, canonical addresses, host-range pools, repeated entries,
    // scale, profiles) are the model's: this rule reports its clash groups.
    const locOf = (use: PortUse) => lazyLoc(() => use.service.stack.locate(['services', use.service.name, 'ports', use.port.index]) ?? use.service.loc);
    for (const group of context.portClashes()) {
      const shared = group.description;
      if (group.kind === 'replicas') {
        const [use] = group.uses;
        report({
          loc: locOf(use!)(),
          path: use!.service.stack.file,
          messageId: 'replicas',
          fixId: 'publishRange',
          data: { port: shared, service: use!.service.name, replicas: use!.replicas, range: `${group.ports.start}-${group.ports.start + use!.replicas - 1}` },
          key: `${shared}:replicas`,
        });
        continue;
      }
      // The finding sits at the side to change (blame order: the changed side, the policy's odd one
      // out, the later one), the other sides in `related`. A pool that finds no free port is its own side.
      const sides = group.uses.map((use) => ({ ...serviceSide(context, use.service, locOf(use)()), use }));
      const ordered = group.kind === 'pool' ? [sides.at(-1)!, ...sides.slice(0, -1)] : blameOrder(context, sides);
      const kept = group.kind === 'pool' ? sides.slice(0, -1) : ordered.slice(-1);
      for (const side of group.kind === 'pool' ? ordered.slice(0, 1) : ordered.slice(0, -1)) {
        const { use } = side;
        const others = kept.filter((o) => o !== side);
        const named: (string | PathValue)[] = [];
        others.forEach((o, i) =>
          named.push(
            i > 0 ? ', ' : '',
            o.use.service === use.service ? 'this service' : `service '${o.use.service.name}'`,
            ' at ',
            placeValue(o.loc, o.use.service.stack.file),
          ),
        );
        const why = group.kind === 'pool' ? null : blameWhy(context, side);
        report({
          loc: side.loc,
          path: use.service.stack.file,
          messageId: group.kind === 'pool' ? 'poolFull' : 'taken',
          fixId: 'freePort',
          data: {
            port: shared,
            service: use.service.name,
            others: textValue(...named),
            entry: use.port.text,
            why: whyText(why, ' (this side should change: ', ')'),
          },
          related: others.map((o) => relatedSide(o, 'alsoPublishes', { service: o.use.service.name, port: shared, entry: o.use.port.text })),
          key: shared,
          cause: removalCause(context, use.service),
        });
      }
    }
  },
});
