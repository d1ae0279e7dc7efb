import { clashGroups, describePort, publishedPorts, type PortUse } from '../../src/compose/ports';
import { mayRunTogether } from '../../src/compose/profiles';
import type { ComposeService } from '../../src/types';
import { defineRule, where } from '../support';
import { activeStacks, lazyLoc } from './shared';

export default defineRule(
  {
    id: 'duplicate-host-port',
    group: 'compose',
    severity: 'error',
    description: 'One host port (same host IP and protocol) published twice on the host, across all stacks',
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.',
  },
  ({ model, report }) => {
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
        });
        continue;
      }
      const [first, ...later] = group.uses;
      const targets = group.kind === 'pool' ? later.slice(-1) : later;
      for (const use of targets) {
        const others = group.kind === 'pool' ? group.uses.slice(0, -1) : [first!];
        const named = others.map((o) => `${o.service === use.service ? 'this service' : `service '${o.service.name}'`} at ${where(model, locOf(o)(), o.service.stack.file)}`).join(', ');
        report({
          loc: locOf(use)(),
          path: use.service.stack.file,
          message: group.kind === 'pool'
            ? `Every host port of ${shared} (the range of service '${use.service.name}') is already published, by ${named}; the container fails with "port is already allocated".`
            : `Host port ${shared} of service '${use.service.name}' is already published by ${named}; the second container fails with "port is already allocated".`,
          fix: `Publish '${use.service.name}' on a free host port (change the host side of '${use.port.text}'), bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`,
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
