// Published host ports of a compose service, as Docker binds them: short syntax
// `[HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]` and long syntax
// `{target, published, host_ip, protocol}`. Read from the interpolated service; an entry that still
// holds an unknown `${VAR}` is skipped (its port is not known, so it cannot be said to clash).

export interface PublishedPort {
  /** Host address as written; '' when none (Docker binds every address). */
  hostIp: string;
  /** First and last host port (equal for a single port). */
  start: number;
  end: number;
  protocol: string;
  /** Index of the entry in the service's `ports:` list. */
  index: number;
  /** The entry as written (after interpolation): `80:80`, `published: 8080`. */
  text: string;
}

/** Addresses that bind every interface: they clash with any address on the same port. */
const WILDCARD_IPS = new Set(['', '0.0.0.0', '::', '[::]']);

export function publishedPorts(ports: unknown): PublishedPort[] {
  if (!Array.isArray(ports)) return [];
  const out: PublishedPort[] = [];
  ports.forEach((entry, index) => {
    const port = typeof entry === 'string' || typeof entry === 'number' ? parseShort(String(entry)) : parseLong(entry);
    const text = typeof entry === 'object' && entry !== null ? `published: ${String((entry as Record<string, unknown>).published)}` : String(entry);
    if (port) out.push({ ...port, index, text });
  });
  return out;
}

function parseShort(text: string): Omit<PublishedPort, 'index' | 'text'> | null {
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
  const container = parts.pop()!;
  const host = parts.pop()!;
  if (parts.length > 0) hostIp = parts.join(':');
  if (host === '' || !/^\d+(-\d+)?$/.test(container.trim())) return null; // `IP::80` publishes an ephemeral port
  const range = parseRange(host);
  return range ? { hostIp: normaliseIp(hostIp), ...range, protocol } : null;
}

function parseLong(entry: unknown): Omit<PublishedPort, 'index' | 'text'> | null {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const record = entry as Record<string, unknown>;
  const published = record.published;
  if (published === undefined || published === null || published === '') return null;
  const text = String(published);
  if (text.includes('${')) return null;
  const range = parseRange(text);
  if (!range) return null;
  const hostIp = typeof record.host_ip === 'string' ? record.host_ip : '';
  if (hostIp.includes('${')) return null;
  const protocol = typeof record.protocol === 'string' && record.protocol ? record.protocol.toLowerCase() : 'tcp';
  return { hostIp: normaliseIp(hostIp), ...range, protocol };
}

function parseRange(text: string): { start: number; end: number } | null {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || end < start || end > 65535) return null;
  return { start, end };
}

function normaliseIp(ip: string): string {
  const trimmed = ip.trim();
  return trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
}

export function isWildcardIp(ip: string): boolean {
  return WILDCARD_IPS.has(ip);
}

/** Host ports both bindings would take, or null when they can coexist. */
export function portOverlap(a: PublishedPort, b: PublishedPort): { start: number; end: number } | null {
  if (a.protocol !== b.protocol) return null;
  if (!isWildcardIp(a.hostIp) && !isWildcardIp(b.hostIp) && a.hostIp !== b.hostIp) return null;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}

/** `80/tcp`, `8000-8005/udp`, `127.0.0.1:8080/tcp`. */
export function describePort(range: { start: number; end: number }, protocol: string, hostIp = ''): string {
  const ports = range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
  const ip = isWildcardIp(hostIp) ? '' : `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:`;
  return `${ip}${ports}/${protocol}`;
}
