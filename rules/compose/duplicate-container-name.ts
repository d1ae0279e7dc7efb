import { hasUnknown } from '../../src/compose';
import { mayRunTogether } from '../../src/compose/profiles';
import type { ComposeService, SourceLoc } from '../../src/types';
import { defineRule, where } from '../support';
import { activeStacks, lazyLoc } from './shared';

export default defineRule(
  {
    id: 'duplicate-container-name',
    group: 'compose',
    severity: 'error',
    description: 'One container_name used twice on the host, across all stacks',
    rationale: 'Container names are global on a Docker host: the second stack fails with "container name already in use", which per-file linters cannot see.',
  },
  ({ model, report }) => {
    const seen = new Map<string, { service: ComposeService; loc: () => SourceLoc | null }[]>();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const name = service.containerName;
        if (!name || hasUnknown(name)) continue;
        const loc = lazyLoc(() => stack.locate(['services', service.name, 'container_name']) ?? service.loc);
        const earlier = seen.get(name) ?? [];
        const first = earlier.find((e) => mayRunTogether(e.service, service));
        if (first) {
          const other = first.service.stack === stack ? `service '${first.service.name}' of this stack` : `service '${first.service.name}'`;
          report({
            loc: loc(),
            path: stack.file,
            message: `Container name '${name}' of service '${service.name}' is already used by ${other} at ${where(model, first.loc(), first.service.stack.file)}; the second container fails to start.`,
            fix: `Give '${service.name}' a unique container_name (e.g. '${service.name === name ? `${name}-2` : service.name}'), or remove one of the two services if they are the same.`,
          });
        }
        seen.set(name, [...earlier, { service, loc }]);
      }
    }
  },
);
