import { describePort, portOverlap, publishedPorts, type PublishedPort } from '../../src/compose/ports';
import { mayRunTogether } from '../../src/compose/profiles';
import type { ComposeService, SourceLoc } from '../../src/types';
import { defineRule } from '../support';
import { activeStacks, where } from './shared';

interface Binding {
  port: PublishedPort;
  service: ComposeService;
  loc: SourceLoc | null;
}

export default defineRule(
  {
    id: 'duplicate-host-port',
    group: 'compose',
    severity: 'error',
    description: 'One host port (same host IP and protocol) published twice on the host, across all stacks',
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.',
  },
  ({ model, report }) => {
    const bindings: Binding[] = [];
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const own: Binding[] = [];
        for (const port of publishedPorts(service.resolved.ports)) {
          const loc = stack.locate(['services', service.name, 'ports', port.index]) ?? service.loc;
          const binding = { port, service, loc };
          const clash = [...bindings, ...own].find((earlier) => portOverlap(earlier.port, port) && (earlier.service === service || mayRunTogether(earlier.service, service)));
          if (clash) {
            const overlap = portOverlap(clash.port, port)!;
            const shared = describePort(overlap, port.protocol, port.hostIp || clash.port.hostIp);
            const other = clash.service === service ? 'this service' : `service '${clash.service.name}'`;
            report({
              loc,
              path: stack.file,
              message: `Host port ${shared} of service '${service.name}' is already published by ${other} at ${where(model, clash.loc, clash.service.stack.file)}; the second container fails with "port is already allocated".`,
              fix: `Publish '${service.name}' on a free host port (change the host side of '${port.text}'), bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`,
            });
          }
          own.push(binding);
        }
        bindings.push(...own);
      }
    }
  },
);
