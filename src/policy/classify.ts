// The seed's decision tree as one function: where does a service belong, and why.
import type { CatalogEntry, Classification, ClassifyReason, Policy, SystemPolicy } from './types';
import { exactImageName, imageMatches, imageName } from '../util/image';
import { isFolderName } from '../util/paths';
import { WEB_SERVERS } from './recommended';
import { getOrCompute } from '../util/maps';

export interface ServiceFacts {
  name: string;
  image?: string | null;
  labels?: ReadonlyMap<string, string> | null;
  /** `place --system S`: the system the new service joins. */
  system?: string | null;
  /** `place --provides KIND`: what it provides (decision tree step 1). */
  provides?: string | null;
  /** Leave image matching out (compose-only helpers like a stack's own redis sidecar). */
  ignoreImage?: boolean;
  /** Images of the other compose services of the folder: evidence that a folder named `nginx` runs nginx-proxy. */
  otherImages?: readonly (string | null)[] | null;
}

export const CAPABILITY_LABEL = 'svclint.capability';

/**
 * Catalog and system lookups by name, alias and image, indexed once per policy: 10,000 services
 * each scanned the whole catalog (lower-casing every name and alias) several times. The index gives
 * what the scans gave: the first entry in catalog order, a name before an alias.
 */
interface PolicyIndex {
  byName: Map<string, CatalogEntry>;
  byAlias: Map<string, CatalogEntry>;
  /**
   * By the image as written: classification, the rules and the memory budget ask for one service's
   * image again (a second map by image name would only save the cheap firstCatalogEntryMatching).
   */
  byWrittenImage: Map<string, CatalogEntry | null>;
  /** Catalog position of the first entry with a pattern matching exactly this image name. */
  exactImage: Map<string, number>;
  /** Patterns with wildcards, in catalog order, with their entry's position. */
  wildcardImages: { position: number; pattern: string }[];
  systemOf: Map<string, SystemPolicy>;
}
const indexes = new WeakMap<Policy, PolicyIndex>();

function indexOf(policy: Policy): PolicyIndex {
  return getOrCompute(indexes, policy, buildIndex);
}

function buildIndex(policy: Policy): PolicyIndex {
  const index: PolicyIndex = {
    byName: new Map(),
    byAlias: new Map(),
    byWrittenImage: new Map(),
    exactImage: new Map(),
    wildcardImages: [],
    systemOf: new Map(),
  };
  for (const [position, entry] of policy.catalog.entries()) {
    for (const pattern of entry.images) {
      const exact = exactImageName(pattern);
      if (exact === null) index.wildcardImages.push({ position, pattern });
      else if (!index.exactImage.has(exact)) index.exactImage.set(exact, position);
    }
  }
  for (const entry of policy.catalog) {
    const name = entry.name.toLowerCase();
    if (!index.byName.has(name)) index.byName.set(name, entry);
    for (const alias of entry.aliases) if (!index.byAlias.has(alias.toLowerCase())) index.byAlias.set(alias.toLowerCase(), entry);
  }
  for (const system of policy.systems) for (const member of system.members) if (!index.systemOf.has(member)) index.systemOf.set(member, system);
  return index;
}

export function findCatalogEntry(policy: Policy, name: string): { entry: CatalogEntry; viaAlias: boolean } | null {
  const wanted = name.toLowerCase();
  const index = indexOf(policy);
  const entry = index.byName.get(wanted);
  if (entry) return { entry, viaAlias: false };
  const aliased = index.byAlias.get(wanted);
  return aliased ? { entry: aliased, viaAlias: true } : null;
}

export function findCatalogByImage(policy: Policy, image: string): CatalogEntry | null {
  return getOrCompute(indexOf(policy).byWrittenImage, image, (written) => firstCatalogEntryMatching(policy, imageName(written)));
}

/**
 * The first catalog entry with a pattern matching the image name, as a scan of the catalog finds it:
 * the exact patterns by one lookup, then only the wildcard patterns of earlier entries are tried.
 */
function firstCatalogEntryMatching(policy: Policy, name: string): CatalogEntry | null {
  const { exactImage, wildcardImages } = indexOf(policy);
  let position = exactImage.get(name) ?? policy.catalog.length;
  for (const wildcard of wildcardImages) {
    if (wildcard.position >= position) break;
    if (imageMatches(wildcard.pattern, name)) position = wildcard.position;
  }
  return policy.catalog[position] ?? null;
}

export function findSystem(policy: Policy, serviceName: string): SystemPolicy | null {
  return indexOf(policy).systemOf.get(serviceName) ?? null;
}

/**
 * Signals in precedence order: the user's placement table, the `svclint.capability` label, the catalog
 * (by name, alias, then image), system membership, then what it provides. The first one decides;
 * the others stay in `reasons` so a reader sees every signal.
 */
export function classifyService(facts: ServiceFacts, policy: Policy): Classification {
  const reasons: ClassifyReason[] = [];
  let capability: string | null = null;
  let catalog: CatalogEntry | null = null;
  let canonicalName = facts.name;
  const add = (kind: ClassifyReason['kind'], cap: string, text: string) => {
    reasons.push({ kind, text });
    if (capability === null) capability = cap;
  };

  const webServer = findWebServer(facts.name, facts.ignoreImage ? null : (facts.image ?? null));
  let byName = findCatalogEntry(policy, facts.name);
  // A web server's name (nginx) matches a catalog entry of that name only with its image as evidence:
  // a new nginx is a web server, not the legacy nginx-proxy the seed archived as nginx/.
  if (byName && webServer && !byName.entry.fromConfig && !hasImageOf(byName.entry, [facts.image ?? null, ...(facts.otherImages ?? [])])) byName = null;
  if (byName) {
    catalog = byName.entry;
    canonicalName = byName.entry.name;
  }
  if (byName?.entry.fromConfig) {
    add('policy', byName.entry.capability, `placement table in ${configName(policy)}: ${byName.entry.name} -> ${byName.entry.capability}/`);
  }
  const label = facts.labels?.get(CAPABILITY_LABEL);
  if (label && isFolderName(label)) add('label', label, `label ${CAPABILITY_LABEL}=${label}`);

  if (byName && !byName.entry.fromConfig) {
    const prefix = byName.viaAlias ? `'${facts.name}' is an alias of ${byName.entry.name}; ` : '';
    add(
      byName.viaAlias ? 'catalog-alias' : 'catalog-name',
      byName.entry.capability,
      `${prefix}placement table: ${byName.entry.name} -> ${byName.entry.capability}/ (${byName.entry.reason})`,
    );
  }
  if (facts.image && !facts.ignoreImage) {
    const byImage = findCatalogByImage(policy, facts.image);
    if (byImage && byImage !== catalog) {
      catalog ??= byImage;
      add('catalog-image', byImage.capability, `image ${imageName(facts.image)} is ${byImage.name} -> ${byImage.capability}/ (${byImage.reason})`);
    }
  }
  const system = facts.system ? (policy.systems.find((s) => s.name === facts.system) ?? null) : findSystem(policy, canonicalName);
  if (system) {
    add('system', system.capability, `part of system ${system.name} (${system.members.join(', ')}) -> ${system.capability}/`);
  }
  if (facts.provides) {
    const kind = facts.provides.toLowerCase();
    for (const cap of policy.capabilities.values()) {
      if (cap.provides.some((p) => p.toLowerCase() === kind)) {
        add('provides', cap.name, `provides '${facts.provides}' -> ${cap.name}/ (${cap.description || 'declared capability'})`);
        break;
      }
    }
  }
  if (capability === null && webServer && !facts.provides) {
    reasons.push({
      kind: 'web-server',
      text: `${webServer} is a web server: it goes where what it serves goes (a site or UI: interfaces/, the host's reverse proxy: core-infra/); say which with --provides KIND`,
    });
  }
  // A label that is not one folder name ('../x', 'a/b') would place the service outside its capability
  // level, or outside the tree: it is listed last (never the deciding reason) and never followed.
  if (label && !isFolderName(label)) {
    reasons.push({ kind: 'label', text: `label ${CAPABILITY_LABEL}=${JSON.stringify(label)} ignored: a capability is one folder name` });
  }
  return { capability, canonicalName, reasons, catalog, system };
}

/** The web server a name or image is (nginx, caddy, httpd), or null. */
export function findWebServer(name: string, image: string | null): string | null {
  const wanted = name.toLowerCase();
  const normalised = image ? imageName(image) : null;
  const found = WEB_SERVERS.find(
    (w) => w.name === wanted || w.aliases.includes(wanted) || (normalised !== null && w.images.some((pattern) => imageMatches(pattern, normalised))),
  );
  return found?.name ?? null;
}

function hasImageOf(entry: CatalogEntry, images: readonly (string | null)[]): boolean {
  return images.some((image) => image !== null && entry.images.some((pattern) => imageMatches(pattern, imageName(image))));
}

function configName(policy: Policy): string {
  return policy.configFile ? policy.configFile.split(/[\\/]/).pop()! : 'config';
}
