// The model helpers rules are given (RuleContext's ModelFacts): facts derived from the model,
// computed on first use and kept for the run. Files come from the run's file cache.
import type { AllocationMatch, DocReference, ModelFacts, PortClash, ServiceView } from '../api/types';
import { locateInFile } from '../compose/locate-file';
import { clashGroups, describePort, publishedPorts, type PortUse } from '../compose/ports';
import { mayRunTogether, serviceProfiles } from '../compose/profiles';
import { isTraefikDisabled, routersOf } from '../compose/traefik';
import type { ComposeFile, ComposeService, EnvVar, Stack } from '../compose/types';
import { valueLoc } from '../database/env';
import { allocationsFor, envValue, serviceNames } from '../database/model';
import { findCatalogByImage, findCatalogEntry } from '../policy/classify';
import type { SourceLoc } from '../files/types';
import { isInside } from '../util/paths';
import { docReferences } from './docs';
import { localBuild, referencedPaths } from './host';
import { memoryBudget } from './memory';
import type { HostModel } from './types';
import { getOrCompute } from '../util/maps';

const factsOf = new WeakMap<HostModel, ModelFacts>();

/** The facts of a model (one object per model: what one rule computes, the next reuses). */
export function modelFacts(model: HostModel): ModelFacts {
  return getOrCompute(factsOf, model, buildFacts);
}

// Rules hold read-only views of the model's objects; these are the same objects.
const real = (service: ServiceView) => service as unknown as ComposeService;

function buildFacts(model: HostModel): ModelFacts {
  const { files } = model;
  let clashes: PortClash[] | null = null;
  let docs: DocReference[] | null = null;
  // Parsed on demand, not kept: at 10,000 services a table of every port would outlive its use.
  const portsOf = (service: ComposeService) => publishedPorts(service.resolved.ports);
  return {
    fileText: (abs) => files.smallText(abs),
    pathKind: (abs) => files.kind(abs),
    realPath: (abs) => files.realPath(abs),
    publishedPorts: (service) => portsOf(real(service)),
    portClashes: () => {
      if (!clashes) {
        const uses: PortUse<ComposeService>[] = [];
        for (const stack of model.stacks) {
          if (stack.archived) continue;
          for (const service of stack.services) for (const port of portsOf(service)) uses.push({ service, port, replicas: replicasOf(service) });
        }
        clashes = clashGroups(uses, mayRunTogether).map((group) => ({ ...group, description: describePort(group.ports, group.protocol, group.hostIp) }));
      }
      return clashes;
    },
    routers: (service) => (isTraefikDisabled(real(service).labels) ? [] : routersOf(real(service).labels)),
    labelLoc: (service, key) => labelLoc(real(service), key),
    connections: (service) => (service ? model.database.connections.filter((c) => c.service === real(service)) : model.database.connections),
    allocations: (service): AllocationMatch[] => allocationsFor(real(service), model),
    serviceNames: (service) => serviceNames(real(service), model),
    envValue: (service, name) => envValue(real(service), name),
    valueLoc: (service, variable, offset) => valueLoc(real(service), variable as EnvVar, offset),
    docReferences: () => (docs ??= docReferences(model)),
    catalogByImage: (image) => findCatalogByImage(model.policy, image),
    catalogByName: (name) => findCatalogEntry(model.policy, name),
    capabilityOf: (service) => {
      const own = real(service).serviceDir?.capability;
      if (own) return own;
      return model.capabilityDirs.find((c) => isInside(c.abs, real(service).stack.dir)) ?? null;
    },
    localBuild: (service) => localBuild(real(service), real(service).stack.dir),
    referencedPaths: (service) => referencedPaths(real(service), real(service).stack.dir),
    profiles: (service) => serviceProfiles(real(service)),
    mayRunTogether: (a, b) => mayRunTogether(real(a), real(b)),
    memoryBudget: () => memoryBudget(model),
    schemaProblems: async (stack) => {
      // The generated validator is large: loaded only when a stack is validated.
      const { validateStack } = await import('../compose/schema/stack');
      return validateStack(stack as unknown as Stack);
    },
    locateInFile: (file, keyPath, atKey) => locateInFile(file as ComposeFile, [...keyPath], atKey),
  };
}

/** Containers a service runs: `scale`, else `deploy.replicas`, else 1. */
function replicasOf(service: ComposeService): number {
  const { scale, deploy } = service.resolved as { scale?: unknown; deploy?: { replicas?: unknown } };
  const count = typeof scale === 'number' ? scale : typeof deploy?.replicas === 'number' ? deploy.replicas : 1;
  return Number.isInteger(count) && count > 1 ? count : 1;
}

/** Position of a label: the list item `key=value` or the mapping key. */
function labelLoc(service: ComposeService, key: string): SourceLoc | null {
  const labels = service.resolved.labels;
  const stack = service.stack;
  if (Array.isArray(labels)) {
    const index = labels.findIndex((item) => String(item).split('=')[0] === key);
    if (index >= 0) return stack.locate(['services', service.name, 'labels', index]) ?? service.loc;
  } else if (labels && typeof labels === 'object') {
    return stack.locateKey(['services', service.name, 'labels', key]) ?? service.loc;
  }
  return service.loc;
}
