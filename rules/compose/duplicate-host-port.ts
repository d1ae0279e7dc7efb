import { clashGroups, describePort, publishedPorts, type PortUse } from '../../src/compose/ports';
import { mayRunTogether } from '../../src/compose/profiles';
import type { ComposeService } from '../../src/types';
import { blameOrder, blameWhy, defineRule, relatedSide, removalCause, serviceSide, where } from '../support';
import { activeStacks, lazyLoc } from './shared';

export default defineRule(
  {
    id: 'duplicate-host-port',
    group: 'compose',
    severity: 'error',
    description: 'One host port (same host IP and protocol) published twice on the host, across all stacks',
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.',
  },
  (context) => {
    const { model, report } = context;
    // Docker's rules (address families, canonical addresses, host-range pools, repeated entries,
    // scale) live in src/compose/ports.ts; this rule reports its clash groups.
    const uses: PortUse<ComposeService>[] = [];
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        for (const port of publishedPorts(service.resolved.ports)) uses.push({ service, port, replicas: replicasOf(service) });
      }
    }
    const locOf = (use: PortUse<ComposeService>) => lazyLoc(() => use.service.stack.locate(['services', use.service.name, 'ports', use.port.index]) ?? use.service.loc);
    for (const group of clashGroups(uses, mayRunTogether)) {
      const shared = describePort(group.ports, group.protocol, group.hostIp);
      if (group.kind === 'replicas') {
        const [use] = group.uses;
        report({
          loc: locOf(use!)(),
          path: use!.service.stack.file,
          message: `Host port ${shared} of service '${use!.service.name}' is published by each of its ${use!.replicas} containers (scale/deploy.replicas); the second fails with "port is already allocated".`,
          fix: `Publish a host port range as large as the replica count (e.g. '${group.ports.start}-${group.ports.start + use!.replicas - 1}:<container port>'), or run one container.`,
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
        const named = others.map((o) => `${o.use.service === use.service ? 'this service' : `service '${o.use.service.name}'`} at ${where(model, o.loc, o.use.service.stack.file)}`).join(', ');
        const why = group.kind === 'pool' ? null : blameWhy(context, side);
        report({
          loc: side.loc,
          path: use.service.stack.file,
          message: group.kind === 'pool'
            ? `Every host port of ${shared} (the range of service '${use.service.name}') is already published, by ${named}; the container fails with "port is already allocated".`
            : `Host port ${shared} of service '${use.service.name}' is already published by ${named}; the second container fails with "port is already allocated".`,
          fix: `Publish '${use.service.name}' on a free host port (change the host side of '${use.port.text}')${why ? ` (this side should change: ${why})` : ''}, bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`,
          related: others.map((o) => relatedSide(o, `Service '${o.use.service.name}' publishes host port ${shared} too ('${o.use.port.text}').`)),
          key: shared,
          cause: removalCause(context, use.service),
        });
      }
    }
  },
);

/** Containers a service runs: `scale`, else `deploy.replicas`, else 1. */
function replicasOf(service: ComposeService): number {
  const { scale, deploy } = service.resolved as { scale?: unknown; deploy?: { replicas?: unknown } };
  const count = typeof scale === 'number' ? scale : typeof deploy?.replicas === 'number' ? deploy.replicas : 1;
  return Number.isInteger(count) && count > 1 ? count : 1;
}
