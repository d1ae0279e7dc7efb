import path from 'node:path';
import { defineRule, folderValue, isInside, pathValue } from '../../src/api';
import { isRecord } from '../compose/shared';

export default defineRule({
  meta: {
    id: 'build-context',
    group: 'structure',
    severity: 'error',
    description: 'A compose build context or Dockerfile that does not exist, or that escapes its capability directory',
    rationale:
      'Phase 2 of the migration updates compose paths ("build: ./memory-gateway — relative path within new structure"); a context that points elsewhere breaks on the next build or ties a capability to another one.',
    messages: {
      missingContext: "Build context '{{context}}' of '{{service}}' does not exist ('{{folder}}').",
      pointAtFolder: 'Point build.context at the service folder (e.g. ./{{service}}) or create it.',
      escapes: "Build context '{{context}}' of '{{service}}' escapes its capability directory '{{capability}}'.",
      moveSources: "Move the sources into '{{target}}' and use build: ./{{relative}}.",
      missingDockerfile: "Dockerfile '{{dockerfile}}' for '{{service}}' does not exist.",
      addDockerfile: 'Add the Dockerfile or set build.dockerfile to the file that exists.',
    },
  },
  check({ model, report, pathKind, localBuild }) {
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const top = path.relative(model.root, stack.dir).split(path.sep)[0] ?? '';
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const found = localBuild(service);
        if (!found) continue;
        const { build, context, abs } = found;
        const keyPath = typeof build === 'string' ? ['services', service.name, 'build'] : ['services', service.name, 'build', 'context'];
        // Positions are looked up only for a finding (they cost a full YAML document).
        const where = () => stack.locate(keyPath) ?? stack.locate(['services', service.name, 'build']) ?? service.loc;
        if (pathKind(abs) !== 'dir') {
          report({
            loc: where(),
            path: stack.file,
            messageId: 'missingContext',
            fixId: 'pointAtFolder',
            data: { context, service: service.name, folder: folderValue(abs) },
          });
          continue;
        }
        if (capability && !isInside(capability.abs, abs)) {
          const target = path.join(capability.abs, service.name);
          report({
            loc: where(),
            path: stack.file,
            messageId: 'escapes',
            fixId: 'moveSources',
            data: {
              context,
              service: service.name,
              capability: folderValue(capability.abs),
              target: folderValue(target),
              relative: path.relative(stack.dir, target).split(path.sep).join('/') || '.',
            },
          });
          continue;
        }
        if (isRecord(build) && typeof build.dockerfile_inline === 'string') continue;
        const dockerfile = isRecord(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
        if (dockerfile.includes('${')) continue;
        const dockerfileAbs = path.resolve(abs, dockerfile);
        if (pathKind(dockerfileAbs) === null) {
          report({
            loc:
              isRecord(build) && typeof build.dockerfile === 'string' ? (stack.locate(['services', service.name, 'build', 'dockerfile']) ?? where()) : where(),
            path: stack.file,
            messageId: 'missingDockerfile',
            fixId: 'addDockerfile',
            data: { dockerfile: pathValue(dockerfileAbs), service: service.name },
          });
        }
      }
    }
  },
});
