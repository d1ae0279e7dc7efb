// Traefik routers declared by Docker labels (`traefik.<http|tcp|udp>.routers.<name>.<option>`):
// their names and the hosts their `rule` matches. Labels come normalised to a map by the loader.
import { getOrCompute } from '../util/maps';

export interface TraefikRouter {
  /** `http`, `tcp` or `udp`: router names are unique per protocol. */
  protocol: string;
  name: string;
  /** The label key that names the router (its `rule` label when there is one). */
  labelKey: string;
  rule: string | null;
  entrypoints: string[];
  /** Each host the rule matches, with the other matchers of the same `||` branch (`PathPrefix(`/api`)`). */
  routes: { host: string; conditions: string }[];
}

const ROUTER_LABEL = /^traefik\.(http|tcp|udp)\.routers\.([^.]+)\.(.+)$/;

/** Whether Traefik ignores the service (`traefik.enable=false`). */
export function isTraefikDisabled(labels: ReadonlyMap<string, string>): boolean {
  return (labels.get('traefik.enable') ?? '').trim().toLowerCase() === 'false';
}

const routersOfLabels = new WeakMap<ReadonlyMap<string, string>, readonly TraefikRouter[]>();

/**
 * The routers of a service's labels, parsed once per label map: the plan's checks and the
 * duplicate-router rule read the routers of the same services.
 */
export function routersOf(labels: ReadonlyMap<string, string>): readonly TraefikRouter[] {
  return getOrCompute(routersOfLabels, labels, traefikRouters);
}

export function traefikRouters(labels: ReadonlyMap<string, string>): TraefikRouter[] {
  const routers = new Map<string, TraefikRouter>();
  for (const [key, value] of labels) {
    const match = ROUTER_LABEL.exec(key);
    if (!match) continue;
    const [, protocol, name, option] = match as unknown as [string, string, string, string];
    if (name.includes('${')) continue; // an unknown variable names it: the name is not known
    const id = `${protocol}.${name}`;
    let router = routers.get(id);
    if (!router) routers.set(id, (router = { protocol, name, labelKey: key, rule: null, entrypoints: [], routes: [] }));
    if (option === 'rule') {
      router.labelKey = key;
      router.rule = value;
      router.routes = protocol === 'http' ? hostRoutes(value) : [];
    } else if (option === 'entrypoints') {
      router.entrypoints = value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
    }
  }
  return [...routers.values()];
}

const MATCHER = /\b([A-Za-z]+)\s*\(([^()]*)\)/g;

/**
 * Hosts of a rule such as ``Host(`a`) || Host(`b`)``, ``Host(`a`,`b`)`` (v2) or
 * ``Host(`a`) && PathPrefix(`/api`)``. Each top-level `||` branch is one route; the other
 * matchers of the branch are kept so that two services sharing a host on different paths do not clash.
 * Hosts holding an unknown `${VAR}` are left out.
 */
export function hostRoutes(rule: string): { host: string; conditions: string }[] {
  const routes: { host: string; conditions: string }[] = [];
  for (const branch of splitTopLevelOr(rule)) {
    const hosts: string[] = [];
    const others: string[] = [];
    for (const match of branch.matchAll(MATCHER)) {
      const [, name, args] = match as unknown as [string, string, string];
      if (name === 'Host') hosts.push(...splitArgs(args));
      else others.push(`${name}(${splitArgs(args).join(',')})`);
    }
    const conditions = [...new Set(others)].sort().join(' && ');
    for (const host of hosts) if (host && !host.includes('${')) routes.push({ host: host.toLowerCase(), conditions });
  }
  return routes;
}

function splitArgs(args: string): string[] {
  return args
    .split(',')
    .map((a) =>
      a
        .trim()
        .replace(/^[`"']|[`"']$/g, '')
        .trim(),
    )
    .filter(Boolean);
}

function splitTopLevelOr(rule: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < rule.length; i++) {
    const ch = rule[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '`' || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && ch === '|' && rule[i + 1] === '|') {
      branches.push(rule.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  branches.push(rule.slice(start));
  return branches;
}
