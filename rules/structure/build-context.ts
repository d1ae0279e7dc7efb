import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../src/util/paths';
import { isLocalBuildContext, isRecord } from '../../src/model/host';
import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'build-context',
    group: 'structure',
    severity: 'error',
    description: 'A compose build context or Dockerfile that does not exist, or that escapes its capability directory',
    rationale: 'Phase 2 of the migration updates compose paths ("build: ./memory-gateway — relative path within new structure"); a context that points elsewhere breaks on the next build or ties a capability to another one.',
  },
  ({ model, report }) => {
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const top = path.relative(model.root, stack.dir).split(path.sep)[0] ?? '';
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const build = service.resolved.build;
        if (build === undefined || build === null) continue;
        const context = typeof build === 'string' ? build : isRecord(build) ? (typeof build.context === 'string' ? build.context : '.') : null;
        if (context === null || !isLocalBuildContext(context)) continue;
        const keyPath = typeof build === 'string' ? ['services', service.name, 'build'] : ['services', service.name, 'build', 'context'];
        // Positions are looked up only for a finding (they cost a full YAML document).
        const where = () => stack.locate(keyPath) ?? stack.locate(['services', service.name, 'build']) ?? service.loc;
        const abs = path.resolve(stack.dir, context);
        if (!isDirectory(abs)) {
          report({
            loc: where(),
            path: stack.file,
            message: `Build context '${context}' of '${service.name}' does not exist ('${shown(model, abs)}').`,
            fix: `Point build.context at the service folder (e.g. ./${service.name}) or create it.`,
          });
          continue;
        }
        if (capability && !isInside(capability.abs, abs)) {
          report({
            loc: where(),
            path: stack.file,
            message: `Build context '${context}' of '${service.name}' escapes its capability directory '${shown(model, capability.abs)}'.`,
            fix: `Move the sources into '${shown(model, path.join(capability.abs, service.name))}' and use build: ./${path.relative(stack.dir, path.join(capability.abs, service.name)).split(path.sep).join('/') || '.'}.`,
          });
          continue;
        }
        if (isRecord(build) && typeof build.dockerfile_inline === 'string') continue;
        const dockerfile = isRecord(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
        if (dockerfile.includes('${')) continue;
        const dockerfileAbs = path.resolve(abs, dockerfile);
        if (!existsSync(dockerfileAbs)) {
          report({
            loc: isRecord(build) && typeof build.dockerfile === 'string' ? stack.locate(['services', service.name, 'build', 'dockerfile']) ?? where() : where(),
            path: stack.file,
            message: `Dockerfile '${shown(model, dockerfileAbs, false)}' for '${service.name}' does not exist.`,
            fix: `Add the Dockerfile or set build.dockerfile to the file that exists.`,
          });
        }
      }
    }
  },
);

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
