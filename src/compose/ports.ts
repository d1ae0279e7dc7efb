// Published host ports of compose services and which of them Docker cannot bind together.
// Parsing follows compose-go (short syntax `[HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]`
// through docker/go-connections nat.ParsePortSpecs, long syntax `{target, published, host_ip,
// protocol}`); clashes follow moby's port allocator (daemon/libnetwork/portallocator):
// - a wildcard reserves the port in its own address family only: no host IP means both families
//   (Docker binds 0.0.0.0 and ::), `0.0.0.0` IPv4 only, `::` IPv6 only; a specific address clashes
//   with the same address and with the wildcard of its family;
// - addresses are compared in canonical form (`::ffff:127.0.0.1` is `127.0.0.1`, `0:0:0:0:0:0:0:1` is `::1`);
// - a host range with one container port (`8000-8010:80`) is a pool: Docker takes any free port
//   of it, so it clashes only when every port of the range is taken;
// - identical entries of one service are one entry (compose-go EnforceUnicity);
// - a fixed host port clashes with itself when the service runs more than one container
//   (`scale` or `deploy.replicas` above 1).
// Entries still holding an unknown `${VAR}` are skipped: their port is not known.
import { isIP } from 'node:net';
import { appendTo } from '../util/maps';

export interface PublishedPort {
  /** Host address in canonical form; '' when none (Docker binds every address of both families). */
  hostIp: string;
  /** First and last host port (equal for a single port). */
  start: number;
  end: number;
  protocol: string;
  /** A host range Docker picks one free port from (`8000-8010:80`), not one binding per port. */
  pool: boolean;
  /** Index of the entry in the service's `ports:` list. */
  index: number;
  /** The entry as written (after interpolation): `80:80`, `published: 8080`. */
  text: string;
}

export function publishedPorts(ports: unknown): PublishedPort[] {
  if (!Array.isArray(ports)) return [];
  const out: PublishedPort[] = [];
  const seen = new Set<string>();
  ports.forEach((entry, index) => {
    const parsed = typeof entry === 'string' || typeof entry === 'number' ? parseShort(String(entry)) : parseLong(entry);
    if (!parsed) return;
    // compose-go EnforceUnicity: host_ip (0.0.0.0 when none), published, target and protocol identify an entry.
    const identity = `${parsed.hostIp || '0.0.0.0'}:${parsed.start}-${parsed.end}:${parsed.target}/${parsed.protocol}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const text = typeof entry === 'object' && entry !== null ? `published: ${String((entry as Record<string, unknown>).published)}` : String(entry);
    // Built field by field (rest and spread copies cost as much as the parse, for every port of 10,000 services).
    const { hostIp, start, end, protocol, pool } = parsed;
    out.push({ hostIp, start, end, protocol, pool, index, text });
  });
  return out;
}

type Parsed = Omit<PublishedPort, 'index' | 'text'> & { target: string };

function parseShort(text: string): Parsed | null {
  if (text.includes('${')) return null;
  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase() || 'tcp';
    rest = rest.slice(0, slash);
  }
  let hostIp = '';
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return null;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 1).replace(/^:/, '');
  }
  const parts = rest.split(':');
  // CONTAINER | HOST:CONTAINER | IP:HOST:CONTAINER (an unbracketed IPv6 address has more colons).
  if (parts.length < 2) return null;
  const container = parts.pop()!.trim();
  const host = parts.pop()!;
  if (parts.length > 0) hostIp = parts.join(':');
  if (host === '' || !/^\d+(-\d+)?$/.test(container)) return null; // `IP::80` publishes an ephemeral port
  const range = parseRange(host);
  const containerRange = parseRange(container);
  if (!range || !containerRange) return null;
  const address = canonicalIp(hostIp);
  if (address === null) return null;
  // One container port for a host range: a pool. Equal-sized ranges: one fixed binding per port.
  const pool = range.end > range.start && containerRange.end === containerRange.start;
  return { hostIp: address, ...range, protocol, pool, target: container };
}

function parseLong(entry: unknown): Parsed | null {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const record = entry as Record<string, unknown>;
  const published = record.published;
  if (published === undefined || published === null || published === '') return null;
  const text = String(published);
  if (text.includes('${')) return null;
  const range = parseRange(text);
  if (!range) return null;
  const rawIp = typeof record.host_ip === 'string' ? record.host_ip : '';
  if (rawIp.includes('${')) return null;
  const hostIp = canonicalIp(rawIp);
  if (hostIp === null) return null;
  const protocol = typeof record.protocol === 'string' && record.protocol ? record.protocol.toLowerCase() : 'tcp';
  return { hostIp, ...range, protocol, pool: range.end > range.start, target: String(record.target) };
}

function parseRange(text: string): { start: number; end: number } | null {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || end < start || end > 65535) return null;
  return { start, end };
}

/**
 * An address as moby compares it (netip.Addr.Unmap): IPv4 dotted, IPv6 compressed and lower case,
 * an IPv4-mapped IPv6 address as its IPv4 address, brackets and a zone dropped. '' for none; null
 * when it is not an address.
 */
export function canonicalIp(ip: string): string | null {
  let text = ip.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (text === '') return '';
  text = text.replace(/%.*$/, '');
  const kind = isIP(text);
  if (kind === 4) return text;
  if (kind !== 6) return null;
  const compressed = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return compressed;
}

export function isWildcardIp(ip: string): boolean {
  return ip === '' || ip === '0.0.0.0' || ip === '::';
}

/** Whether binding the same port and protocol at both addresses conflicts (moby's allocator). */
export function addressesConflict(a: string, b: string): boolean {
  if (a === '' || b === '') return true;
  const v6a = a.includes(':');
  const v6b = b.includes(':');
  if (v6a !== v6b) return false;
  return a === b || isWildcardIp(a) || isWildcardIp(b);
}

// ---------------------------------------------------------------- clash groups

/** A service's published port as the host sees it. */
export interface PortUse<S> {
  service: S;
  port: PublishedPort;
  /** How many containers of the service bind it (`scale` / `deploy.replicas`, 1 by default). */
  replicas: number;
}

export interface ClashGroup<S> {
  /**
   * The entries that cannot all be bound, in the order given (the first one is bound; each later
   * one fails). `replicas`: one entry whose own containers clash (a fixed port and scale > 1).
   * `pool`: the last entry is a host range every port of which the others take.
   */
  kind: 'same-port' | 'replicas' | 'pool';
  /** The host ports in contention, the protocol and the address Docker reports. */
  ports: { start: number; end: number };
  protocol: string;
  hostIp: string;
  uses: PortUse<S>[];
}

/** Ranges wider than this are checked against every binding instead of being indexed port by port. */
const INDEXED_RANGE = 1024;

/**
 * The clash groups of a host's published ports, in Docker's order (first come, first bound).
 * `mayRunTogether` tells whether two services can run at the same time (profiles).
 */
export function clashGroups<S>(uses: readonly PortUse<S>[], mayRunTogether: (a: S, b: S) => boolean = () => true): ClashGroup<S>[] {
  const groups: ClashGroup<S>[] = [];
  const fixed = new FixedIndex<S>();
  const sameGroup = new Map<string, ClashGroup<S>>();
  const position = new Map(uses.map((use, i) => [use, i] as const));
  const compatible = (a: PortUse<S>, b: PortUse<S>) =>
    a.port.protocol === b.port.protocol && addressesConflict(a.port.hostIp, b.port.hostIp) && (a.service === b.service || mayRunTogether(a.service, b.service));

  // Fixed ports first, in order: each port of a fixed entry is one binding per container.
  for (const use of uses) {
    if (use.port.pool) continue;
    if (use.replicas > 1)
      groups.push({ kind: 'replicas', ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [use] });
    const earlier = fixed.candidates(use.port).filter((other) => compatible(other, use) && overlap(other.port, use.port));
    const first = earlier[0];
    if (first) {
      const shared = overlap(first.port, use.port)!;
      const key = `${position.get(first)}|${shared.start}-${shared.end}|${use.port.protocol}`;
      let group = sameGroup.get(key);
      if (!group) {
        group = { kind: 'same-port', ports: shared, protocol: use.port.protocol, hostIp: use.port.hostIp || first.port.hostIp, uses: [first] };
        sameGroup.set(key, group);
        groups.push(group);
      }
      group.uses.push(use);
    }
    fixed.add(use);
  }

  // Then pools: each container takes the first free port of its range; none free is a clash.
  const taken: { use: PortUse<S>; port: number }[] = [];
  for (const use of uses) {
    if (!use.port.pool) continue;
    for (let replica = 0; replica < use.replicas; replica++) {
      const holders = (port: number) => [
        ...fixed
          .candidates({ ...use.port, start: port, end: port })
          .filter((other) => compatible(other, use) && port >= other.port.start && port <= other.port.end),
        ...taken.filter((t) => t.port === port && compatible(t.use, use)).map((t) => t.use),
      ];
      let free: number | null = null;
      for (let port = use.port.start; port <= use.port.end && free === null; port++) if (holders(port).length === 0) free = port;
      if (free !== null) {
        taken.push({ use, port: free });
        continue;
      }
      const others: PortUse<S>[] = [];
      for (let port = use.port.start; port <= use.port.end; port++) for (const holder of holders(port)) if (!others.includes(holder)) others.push(holder);
      groups.push({
        kind: 'pool',
        ports: { start: use.port.start, end: use.port.end },
        protocol: use.port.protocol,
        hostIp: use.port.hostIp,
        uses: [...others, use],
      });
      break;
    }
  }
  return groups;
}

function overlap(a: PublishedPort, b: PublishedPort): { start: number; end: number } | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}

/** Fixed bindings by protocol and host port, so thousands of published ports are checked in linear time. */
class FixedIndex<S> {
  private readonly byPort = new Map<string, PortUse<S>[]>();
  private readonly wide: PortUse<S>[] = [];
  private readonly all: PortUse<S>[] = [];
  private readonly order = new Map<PortUse<S>, number>();

  add(use: PortUse<S>): void {
    this.order.set(use, this.all.length);
    this.all.push(use);
    const { start, end, protocol } = use.port;
    if (end - start >= INDEXED_RANGE) {
      this.wide.push(use);
      return;
    }
    for (let port = start; port <= end; port++) {
      const key = `${protocol}/${port}`;
      appendTo(this.byPort, key, use);
    }
  }

  /** Bindings that may share a port with `port`, in the order they were added. */
  candidates(port: Pick<PublishedPort, 'start' | 'end' | 'protocol'>): PortUse<S>[] {
    if (port.end - port.start >= INDEXED_RANGE) return this.all.slice();
    const found = new Set<PortUse<S>>(this.wide);
    for (let p = port.start; p <= port.end; p++) for (const use of this.byPort.get(`${port.protocol}/${p}`) ?? []) found.add(use);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** `80/tcp`, `8000-8005/udp`, `127.0.0.1:8080/tcp`, `[::1]:53/udp`. */
export function describePort(range: { start: number; end: number }, protocol: string, hostIp = ''): string {
  const ports = range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
  const ip = hostIp === '' ? '' : `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:`;
  return `${ip}${ports}/${protocol}`;
}
