import {
  VECTOR_GRAPH_EXTENSIONS,
  defineRule,
  placeValue,
  postgresVectorProduct,
  sameData,
  type ComposeService,
  type SourceLoc,
  type VolumeMountView,
} from '../../src/api';
import { blameOrder, relatedSide, removalCause, serviceSide } from '../support';

export default defineRule({
  meta: {
    id: 'isolated-store',
    group: 'database',
    severity: 'error',
    description:
      'A vector or graph store that is not isolated: vector/graph data in the shared Postgres, or a store sharing a container or volume with another service',
    rationale: 'The seed: Qdrant (vector) and Neo4j (graph) are "Isolated ✅" — different resource profile and query patterns than Postgres OLTP.',
    messages: {
      vectorImage: 'The shared Postgres runs {{image}} ({{product}}): vector/graph data would live in the operational database.',
      plainImage:
        'Use the plain image (e.g. postgres:16-alpine) for the shared Postgres and run the vector store in its own container (e.g. qdrant/qdrant in memory-orchestration/qdrant/).',
      extension: 'CREATE EXTENSION {{extension}} puts {{product}} vector/graph data in the shared Postgres.',
      removeExtension: 'Remove this statement and keep the {{keep}}.',
      sharedContainer: "{{product}} ('{{service}}') shares a container with '{{other}}' ({{how}}).",
      ownContainer: "Give '{{service}}' its own container: remove {{how}} and connect over the network instead.",
      otherSide: "'{{service}}' is the other side of {{how}}.",
      sharedVolume: "{{product}} ('{{service}}') shares {{mount}} with '{{other}}' ({{otherAt}}).",
      ownVolume: "Give '{{service}}' a volume of its own (e.g. {{service}}_data:{{target}}) and keep '{{other}}' off it.",
      sameData: "'{{service}}' mounts the same data.",
    },
  },
  check(context) {
    const { model, report } = context;
    const { shared, matrix } = model.database;
    // 1. Vector/graph data in the shared Postgres: its image, or an extension its init scripts create.
    if (shared) {
      const product = postgresVectorProduct(shared.image);
      if (product) {
        report({
          loc: shared.stack.locate(['services', shared.name, 'image']) ?? shared.loc,
          path: shared.stack.file,
          messageId: 'vectorImage',
          fixId: 'plainImage',
          data: { image: String(shared.image), product },
        });
      }
      for (const database of matrix?.databases ?? []) {
        for (const extension of database.extensions) {
          const name = VECTOR_GRAPH_EXTENSIONS.get(extension.name);
          if (!name) continue;
          report({
            loc: extension.loc,
            messageId: 'extension',
            fixId: 'removeExtension',
            data: {
              extension: extension.name,
              product: name,
              keep: extension.name === 'age' ? 'graph in its own store (e.g. neo4j)' : 'embeddings in their own store (e.g. qdrant)',
            },
          });
        }
      }
    }
    // 2. A vector/graph store that shares a container (network_mode / volumes_from) or data with another service.
    const stores = model.database.stores.filter((s) => s.kind === 'vector' || s.kind === 'graph');
    const storeServices = new Set(stores.map((s) => s.service));
    const reportedPairs = new Set<string>();
    for (const store of stores) {
      const service = store.service;
      for (const other of model.services) {
        if (other === service || other.stack.archived) continue;
        const link = containerLink(service, other);
        if (!link) continue;
        const pair = [service.name, other.name, service.stack.file, other.stack.file].join('|');
        if (reportedPairs.has(pair)) continue;
        reportedPairs.add(pair);
        // Blame: the change under review's side, else the policy's odd one out, else the side that holds the link (listed last).
        const holder = link.at;
        const peer = holder === service ? other : service;
        const [blamed, kept] = blameOrder(context, [serviceSide(context, peer, peer.loc), serviceSide(context, holder, link.loc ?? holder.loc)]);
        report({
          loc: blamed!.loc,
          path: blamed!.path,
          related: [relatedSide(kept!, 'otherSide', { service: kept!.item.name, how: link.how })],
          key: `container:${service.name}:${other.name}`,
          cause: removalCause(context, blamed!.item),
          messageId: 'sharedContainer',
          fixId: 'ownContainer',
          data: { product: store.product, service: service.name, other: other.name, how: link.how },
        });
      }
      for (const mount of model.database.volumes.filter((v) => v.service === service)) {
        for (const other of model.database.volumes) {
          if (other.service === service || !sameData(mount, other) || (mount.readOnly && other.readOnly)) continue;
          // Two stores sharing one volume: one finding, at the first store.
          const key = [mount.loc?.file, mount.loc?.line, other.service.name].join('|');
          const reverse = [other.loc?.file, other.loc?.line, service.name].join('|');
          if (reportedPairs.has(key) || (storeServices.has(other.service) && reportedPairs.has(reverse))) continue;
          reportedPairs.add(key);
          const [blamed, kept] = blameOrder(context, [
            serviceSide(context, other.service, other.loc ?? other.service.loc),
            serviceSide(context, service, mount.loc ?? service.loc),
          ]);
          report({
            loc: blamed!.loc,
            path: blamed!.path,
            related: [relatedSide(kept!, 'sameData', { service: kept!.item.name })],
            key: `volume:${service.name}:${mount.source}`,
            cause: removalCause(context, blamed!.item),
            messageId: 'sharedVolume',
            fixId: 'ownVolume',
            data: {
              product: store.product,
              service: service.name,
              mount: describe(mount),
              other: other.service.name,
              otherAt: placeValue(other.loc, other.service.stack.file),
              target: mount.target,
            },
          });
        }
      }
    }
  },
});

function describe(mount: VolumeMountView): string {
  return mount.kind === 'volume' ? `volume '${mount.source}'` : `bind path '${mount.source}'`;
}

/** network_mode: service:/container: or volumes_from between the two, from either side. */
function containerLink(store: ComposeService, other: ComposeService): { how: string; loc: SourceLoc | null; at: ComposeService } | null {
  const names = (s: ComposeService) => [`service:${s.name}`, ...(s.containerName ? [`container:${s.containerName}`] : [])];
  for (const [from, to] of [
    [other, store],
    [store, other],
  ] as const) {
    if (from.stack !== to.stack && !names(to).some((n) => n.startsWith('container:'))) continue;
    const mode = from.resolved.network_mode;
    if (typeof mode === 'string' && names(to).includes(mode) && (mode.startsWith('container:') || from.stack === to.stack)) {
      return { how: `network_mode: ${mode} on '${from.name}'`, loc: from.stack.locate(['services', from.name, 'network_mode']), at: from };
    }
    const volumesFrom = from.resolved.volumes_from;
    if (Array.isArray(volumesFrom)) {
      const index = volumesFrom.findIndex((v) => {
        const ref = String(v).split(':')[0]!;
        return (from.stack === to.stack && ref === to.name) || ref === `container:${to.containerName}` || ref === `service:${to.name}`;
      });
      if (index >= 0) return { how: `volumes_from on '${from.name}'`, loc: from.stack.locate(['services', from.name, 'volumes_from', index]), at: from };
    }
  }
  return null;
}
