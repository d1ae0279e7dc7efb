// Image references as Docker writes them: [registry/]name[:tag][@digest].
import { getOrCompute } from './maps';
import { escapeRegex } from './text';
export interface ImageRef {
  /** Name without registry `docker.io/`/`index.docker.io/` and without `library/`, lowercased. */
  name: string;
  /** Registry host when one other than Docker Hub is named (ghcr.io, quay.io, ...). */
  registry: string | null;
  tag: string | null;
  digest: string | null;
}

export function parseImage(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  // Slices, not split and join: every service's image is parsed (10,000 at a time).
  let registry: string | null = null;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0 && /[.:]|^localhost$/.test(rest.slice(0, slash))) {
    registry = rest.slice(0, slash).toLowerCase();
    path = rest.slice(slash + 1);
  }
  if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = null;
  // Docker Hub's `library/NAME` (two segments) is NAME.
  if (registry === null && path.startsWith('library/') && !path.includes('/', 'library/'.length)) path = path.slice('library/'.length);
  path = path.toLowerCase();
  return { name: registry ? `${registry}/${path}` : path, registry, tag, digest };
}

const imageNames = new Map<string, string>();

/**
 * parseImage(image).name, kept per image reference: one service's image is named by several
 * lookups (the catalog, web servers, Postgres, stores), ~6 parses each at 10,000 services.
 */
export function imageName(image: string): string {
  return getOrCompute(imageNames, image, parsedName);
}

function parsedName(image: string): string {
  return parseImage(image).name;
}

/** Whether an image name (from parseImage) matches a catalog pattern with `*` wildcards. */
export function imageMatches(pattern: string, imageName: string): boolean {
  return compilePattern(pattern)(imageName);
}

/** The one image name a catalog pattern matches (what imageMatches compares with), or null for a pattern with `*` wildcards. */
export function exactImageName(pattern: string): string | null {
  const normalised = parseImage(pattern).name;
  return normalised.includes('*') ? null : normalised;
}

const compiled = new Map<string, (imageName: string) => boolean>();

/** Patterns are few and images many: each pattern is normalised and compiled once per process. */
function compilePattern(pattern: string): (imageName: string) => boolean {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    const exact = exactImageName(pattern);
    if (exact === null) {
      const literals = parseImage(pattern).name.split('*');
      const regex = new RegExp(`^${literals.map(escapeRegex).join('[^/]*')}$`);
      // Most names fail on the text before the first `*` or after the last one: checked first, as
      // plain string compares (the regex alone backtracks over every `[^/]*` split of the name).
      const head = literals[0]!;
      const tail = literals[literals.length - 1]!;
      matcher = (name) => name.startsWith(head) && name.endsWith(tail) && regex.test(name);
    } else {
      matcher = (name) => name === exact;
    }
    compiled.set(pattern, matcher);
  }
  return matcher;
}
