// The checks compose-go runs on a loaded model after the JSON schema (validation/, transform/,
// paths/, loader/validate.go checkConsistency, graph/ cycles, types decoding): each one a file
// Docker Compose refuses although the schema accepts it. Pure: reads the merged, interpolated
// model; values still holding an unknown `${VAR}` are never judged.
import { isIP } from 'node:net';
import { hasUnknown } from './interpolate';

type Plain = Record<string, unknown>;

export interface ModelIssue {
  /** Key path of what is wrong; `atKey`: point at the key rather than its value. */
  path: (string | number)[];
  atKey: boolean;
  message: string;
}

const RESOURCE_KINDS = ['volumes', 'networks', 'secrets', 'configs'] as const;
/** Keys through which one service needs another (compose-go Normalize turns them into depends_on). */
const SHARED_NAMESPACES = ['network_mode', 'ipc', 'pid', 'uts', 'cgroup'] as const;

export function checkModel(model: Plain): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const add = (path: (string | number)[], message: string, atKey = false) => issues.push({ path, atKey, message });
  const services = plain(model.services);

  for (const kind of RESOURCE_KINDS) {
    for (const [name, resource] of Object.entries(plain(model[kind]))) {
      if (!isPlain(resource)) continue;
      const external = resource.external;
      // transform/external.go: `external: {name}` and a different `name`.
      if (isPlain(external) && 'name' in external && 'name' in resource && external.name !== resource.name) {
        add([kind, name, 'name'], `${kind}.${name}: name and external.name conflict; only use name`, true);
      }
      // validation/external.go (volumes): an external volume has nothing but a name.
      if (kind === 'volumes' && (external === true || isPlain(external))) {
        for (const key of Object.keys(resource)) {
          if (key === 'name' || key === 'external' || key.startsWith('x-')) continue;
          add([kind, name, key], `${kind}.${name}: conflicting parameters "external" and "${key}" specified`, true);
        }
      }
    }
  }
  // validation.go checkFileObject.
  for (const [kind, keys] of [
    ['configs', ['file', 'environment', 'content']],
    ['secrets', ['file', 'environment']],
  ] as const) {
    for (const [name, resource] of Object.entries(plain(model[kind]))) {
      if (!isPlain(resource)) continue;
      const set = keys.filter((key) => key in resource);
      if (set.length > 1) add([kind, name, set[1]!], `${kind}.${name}: ${keys.join('|')} attributes are mutually exclusive`, true);
      else if (set.length === 0 && !('driver' in resource) && !('external' in resource))
        add([kind, name], `${kind}.${name}: one of ${keys.join('|')} must be set`, true);
    }
  }

  for (const [name, service] of Object.entries(services)) {
    if (!isPlain(service)) continue;
    const at = (...rest: (string | number)[]) => ['services', name, ...rest];
    const where = `services.${name}`;

    // paths/resolve.go: a long-syntax bind mount needs a source.
    list(service.volumes).forEach((volume, i) => {
      if (isPlain(volume) && volume.type === 'bind' && !('source' in volume))
        add(at('volumes', i), `${where}.volumes[${i}]: a bind mount needs a source ("field Source must not be empty")`);
    });

    // validation.go checkDeviceRequest and types/device.go DeviceCount.
    const reserved = list(plain(plain(plain(service.deploy).resources).reservations).devices);
    const gpus = list(service.gpus);
    const devices =
      reserved.length + gpus.length === 0
        ? [] // most services: no key paths to build
        : [
            ...reserved.map((d, i) => [at('deploy', 'resources', 'reservations', 'devices', i), d] as const),
            ...gpus.map((d, i) => [at('gpus', i), d] as const),
          ];
    for (const [path, device] of devices) {
      if (!isPlain(device)) continue;
      const shown = dottedPath(path);
      if ('count' in device && 'device_ids' in device) add([...path, 'device_ids'], `${shown}: "count" and "device_ids" attributes are exclusive`, true);
      const count = device.count;
      if (typeof count === 'string' && !hasUnknown(count) && count.toLowerCase() !== 'all' && !/^[+-]?[0-9]+$/.test(count)) {
        add([...path, 'count'], `${shown}.count: invalid value '${count}', the only value allowed is 'all' or a number`);
      }
    }

    // validation.go checkIPAddress (long syntax host_ip).
    list(service.ports).forEach((port, i) => {
      const hostIp = isPlain(port) ? port.host_ip : undefined;
      if (typeof hostIp === 'string' && !hasUnknown(hostIp) && isIP(hostIp) === 0)
        add(at('ports', i, 'host_ip'), `${where}.ports[${i}]: invalid ip address: ${hostIp}`);
    });

    // checkConsistency.
    const networks = service.networks;
    const networkCount = Array.isArray(networks) ? networks.length : isPlain(networks) ? Object.keys(networks).length : 0;
    if (typeof service.network_mode === 'string' && service.network_mode !== '' && networkCount > 0) {
      add(at('networks'), `${where}: 'network_mode' and 'networks' are mutually exclusive`, true);
    }
    const build = plain(service.build);
    const platforms = list(build.platforms);
    if (
      platforms.length > 0 &&
      typeof service.platform === 'string' &&
      service.platform !== '' &&
      !hasUnknown(service.platform) &&
      !platforms.some(hasUnknownValue) &&
      !platforms.includes(service.platform)
    ) {
      add(at('platform'), `${where}.platform: build.platforms must include '${service.platform}'`);
    }
    const test = plain(service.healthcheck).test;
    if (Array.isArray(test) && test.length > 0 && typeof test[0] === 'string' && !['CMD', 'CMD-SHELL', 'NONE'].includes(test[0])) {
      add(at('healthcheck', 'test', 0), `${where}.healthcheck.test must start with "CMD", "CMD-SHELL" or "NONE"`);
    }
    const scale = service.scale;
    const replicas = plain(service.deploy).replicas;
    if (typeof scale === 'number' && typeof replicas === 'number' && scale !== replicas)
      add(at('scale'), `${where}: can't set distinct values on 'scale' and 'deploy.replicas'`, true);
    const instances = typeof scale === 'number' ? scale : typeof replicas === 'number' ? replicas : 1;
    if (instances > 1 && typeof service.container_name === 'string' && service.container_name !== '') {
      add(
        at('container_name'),
        `${where}: can't set container_name and ${typeof scale === 'number' ? 'scale' : 'deploy.replicas'} as container name must be unique`,
        true,
      );
    }

    // types/mapping.go: `- NAME =value` (list form) declares a name ending in a space.
    list(service.environment).forEach((item, i) => {
      if (typeof item !== 'string') return;
      const equals = item.indexOf('=');
      const name = equals < 0 ? item : item.slice(0, equals);
      if (/\s$/.test(name)) add(at('environment', i), `${where}.environment[${i}]: environment variable '${name}' is declared with a trailing space`);
    });
  }

  issues.push(...dependencyIssues(services));
  return issues;
}

/** One service's need of another: the target's name and where it is said (`services.<name>.<key>[.<index>]`). */
interface Dependency {
  target: string;
  key: string;
  index: number | string | null;
}

/** graph/: dependencies on services that do not exist, and dependency cycles (a service on itself included). */
function dependencyIssues(services: Plain): ModelIssue[] {
  const issues: ModelIssue[] = [];
  // Key paths are built for findings only: 10,000 services mostly depend on services that exist.
  const pathOf = (name: string, edge: Dependency): (string | number)[] =>
    edge.index === null ? ['services', name, edge.key] : ['services', name, edge.key, edge.index];
  const edges = new Map<string, Dependency[]>();
  for (const [name, service] of Object.entries(services)) {
    if (!isPlain(service)) continue;
    // checkConsistency refuses an undefined dependency even with `required: false` (that only
    // excuses a service disabled by its profiles; every service counts as defined here).
    const out: Dependency[] = [];
    const dependsOn = service.depends_on;
    if (Array.isArray(dependsOn)) dependsOn.forEach((d, i) => typeof d === 'string' && out.push({ target: d, key: 'depends_on', index: i }));
    else if (isPlain(dependsOn)) for (const target of Object.keys(dependsOn)) out.push({ target, key: 'depends_on', index: target });
    list(service.links).forEach((link, i) => typeof link === 'string' && out.push({ target: link.split(':')[0]!, key: 'links', index: i }));
    for (const key of SHARED_NAMESPACES) {
      const value = service[key];
      if (typeof value === 'string' && value.startsWith('service:')) out.push({ target: value.slice('service:'.length), key, index: null });
    }
    list(service.volumes_from).forEach((from, i) => {
      if (typeof from === 'string' && !from.startsWith('container:')) out.push({ target: from.split(':')[0]!, key: 'volumes_from', index: i });
    });
    // A service that needs none is never part of a cycle: it is left out of the search (most are).
    if (out.length === 0) continue;
    const kept: Dependency[] = [];
    for (const edge of out) {
      if (hasUnknown(edge.target)) continue;
      if (edge.target in services) kept.push(edge);
      else issues.push({ path: pathOf(name, edge), atKey: false, message: `services.${name}: depends on undefined service '${edge.target}'` });
    }
    edges.set(name, kept);
  }
  // compose-go searches from every service in name order; one finding per cycle.
  const reported = new Set<string>();
  const visit = (trail: string[]): void => {
    const from = trail[trail.length - 1]!;
    for (const edge of edges.get(from) ?? []) {
      const at = trail.indexOf(edge.target);
      if (at >= 0) {
        const cycle = [...trail.slice(at), edge.target];
        const identity = [...cycle.slice(0, -1)].sort().join('\u0000');
        if (!reported.has(identity)) {
          reported.add(identity);
          issues.push({ path: pathOf(from, edge), atKey: false, message: `services.${from}: dependency cycle detected: ${cycle.join(' -> ')}` });
        }
        continue;
      }
      if (done.has(edge.target)) continue;
      visit([...trail, edge.target]);
    }
    done.add(from);
  };
  const done = new Set<string>();
  for (const name of [...edges.keys()].sort()) if (!done.has(name)) visit([name]);
  return issues;
}

function hasUnknownValue(value: unknown): boolean {
  return typeof value === 'string' && hasUnknown(value);
}

function dottedPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`)).join('');
}

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Read only: one empty mapping stands for every missing one (most services lack most keys). */
const EMPTY: Plain = Object.freeze({});

function plain(value: unknown): Plain {
  return isPlain(value) ? value : EMPTY;
}

/** Read only, like EMPTY: one empty list stands for every missing one. */
const NO_ITEMS: readonly unknown[] = Object.freeze([]);

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}
