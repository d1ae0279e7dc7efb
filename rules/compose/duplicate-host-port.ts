import { describePort, portOverlap, publishedPorts, type PublishedPort } from '../../src/compose/ports';
import { mayRunTogether } from '../../src/compose/profiles';
import type { ComposeService, SourceLoc } from '../../src/types';
import { blameOrder, blameWhy, defineRule, relatedSide, removalCause, serviceSide, where } from '../support';
import { activeStacks, lazyLoc } from './shared';

interface Binding {
  port: PublishedPort;
  service: ComposeService;
  loc: () => SourceLoc | null;
  /** Insertion order: the first binding of a port is the one a clash names. */
  order: number;
}

/** Ranges wider than this are checked against every binding instead of being indexed port by port. */
const INDEXED_RANGE = 1024;

/**
 * Bindings by protocol and host port, so a host with thousands of published ports is checked in
 * linear time (comparing every pair would be quadratic).
 */
class PortIndex {
  private readonly byPort = new Map<string, Binding[]>();
  private readonly wide: Binding[] = [];
  private count = 0;

  add(binding: Binding): void {
    binding.order = this.count++;
    const { start, end, protocol } = binding.port;
    if (end - start >= INDEXED_RANGE) {
      this.wide.push(binding);
      return;
    }
    for (let port = start; port <= end; port++) {
      const key = `${protocol}/${port}`;
      const list = this.byPort.get(key);
      if (list) list.push(binding);
      else this.byPort.set(key, [binding]);
    }
  }

  candidates(port: PublishedPort): Binding[] {
    if (port.end - port.start >= INDEXED_RANGE) return [...this.wide, ...[...this.byPort.values()].flat()];
    const found = new Set<Binding>(this.wide);
    for (let p = port.start; p <= port.end; p++) for (const b of this.byPort.get(`${port.protocol}/${p}`) ?? []) found.add(b);
    return [...found];
  }
}

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
    const published = new PortIndex();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const own: Binding[] = [];
        for (const port of publishedPorts(service.resolved.ports)) {
          const loc = lazyLoc(() => stack.locate(['services', service.name, 'ports', port.index]) ?? service.loc);
          const binding: Binding = { port, service, loc, order: 0 };
          const clash = [...published.candidates(port), ...own]
            .sort((a, b) => a.order - b.order)
            .find((earlier) => portOverlap(earlier.port, port) && (earlier.service === service || mayRunTogether(earlier.service, service)));
          if (clash) {
            const overlap = portOverlap(clash.port, port)!;
            const shared = describePort(overlap, port.protocol, port.hostIp || clash.port.hostIp);
            // The finding sits at the side to change (blame order), the other side in `related`.
            const [blamed, kept] = blameOrder(context, [
              { ...serviceSide(context, clash.service, clash.loc()), binding: clash },
              { ...serviceSide(context, service, loc()), binding },
            ]);
            const mine = blamed!.binding;
            const theirs = kept!.binding;
            const other = theirs.service === mine.service ? 'this service' : `service '${theirs.service.name}'`;
            const why = blameWhy(context, blamed!);
            report({
              loc: blamed!.loc,
              path: blamed!.path,
              message: `Host port ${shared} of service '${mine.service.name}' is already published by ${other} at ${where(model, kept!.loc, theirs.service.stack.file)}; the second container fails with "port is already allocated".`,
              fix: `Publish '${mine.service.name}' on a free host port (change the host side of '${mine.port.text}')${why ? ` (this side should change: ${why})` : ''}, bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`,
              related: [relatedSide(kept!, `Service '${theirs.service.name}' publishes host port ${shared} too ('${theirs.port.text}').`)],
              key: shared,
              cause: removalCause(context, mine.service),
            });
          }
          own.push(binding);
        }
        for (const binding of own) published.add(binding);
      }
    }
  },
);
