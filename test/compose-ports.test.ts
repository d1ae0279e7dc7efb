// Docker's port rules, one row each: which published ports clash on one host. The expectations
// come from moby's port allocator (daemon/libnetwork/portallocator/portallocator.go,
// RequestPortsInRange) and compose-go's port parsing and unicity (types.ParsePortConfig,
// override/uncity.go portIndexer), not from svclint's own output.
import { describe, expect, it } from 'vitest';
import { canonicalIp, clashGroups, publishedPorts, type PortUse } from '../src/compose/ports';

interface Service {
  name: string;
  ports: unknown[];
  replicas?: number;
  profiles?: string[];
}

function groupsOf(services: Service[]) {
  const uses: PortUse<Service>[] = services.flatMap((service) =>
    publishedPorts(service.ports).map((port) => ({ service, port, replicas: service.replicas ?? 1 })),
  );
  const together = (a: Service, b: Service) => !a.profiles || !b.profiles || a.profiles.some((p) => b.profiles!.includes(p));
  return clashGroups(uses, together);
}

const s = (name: string, ports: unknown[], extra: Partial<Service> = {}): Service => ({ name, ports, ...extra });

const TABLE: { rule: string; source: string; services: Service[]; clash: false | 'same-port' | 'replicas' | 'pool' }[] = [
  {
    rule: 'same port, no IP, both services',
    source: 'RequestPortsInRange: a port held in the map is "already allocated"',
    services: [s('a', ['80:80']), s('b', ['80:8080'])],
    clash: 'same-port',
  },
  {
    rule: 'another protocol is another port',
    source: 'makeProtoMap: one map per tcp/udp/sctp',
    services: [s('a', ['53:53/udp']), s('b', ['53:53/tcp'])],
    clash: false,
  },
  {
    rule: '0.0.0.0 reserves IPv4 only: no clash with ::',
    source: 'unspecified addresses check their own family (unspecAddr.Is4() == addr.Is4())',
    services: [s('a', ['0.0.0.0:80:80']), s('b', ['[::]:80:80'])],
    clash: false,
  },
  {
    rule: 'no IP means both families: clashes with ::',
    source: 'Docker binds 0.0.0.0 and :: when no host IP is given',
    services: [s('a', ['80:80']), s('b', ['[::]:80:80'])],
    clash: 'same-port',
  },
  {
    rule: 'no IP clashes with a specific IPv6 address',
    source: 'the :: binding covers every IPv6 address',
    services: [s('a', ['80:80']), s('b', ['[::1]:80:80'])],
    clash: 'same-port',
  },
  {
    rule: '0.0.0.0 clashes with a specific IPv4 address',
    source: 'a specific address also checks the unspecified address of its family',
    services: [s('a', ['0.0.0.0:80:80']), s('b', ['127.0.0.1:80:80'])],
    clash: 'same-port',
  },
  {
    rule: '0.0.0.0 does not clash with an IPv6 address',
    source: 'families are separate',
    services: [s('a', ['0.0.0.0:80:80']), s('b', ['[::1]:80:80'])],
    clash: false,
  },
  {
    rule: ':: does not clash with an IPv4 address (long syntax)',
    source: 'families are separate',
    services: [s('a', ['[::]:9000:9000']), s('b', [{ target: 9000, published: 9000, host_ip: '192.168.1.5' }])],
    clash: false,
  },
  {
    rule: ':: clashes with a specific IPv6 address',
    source: 'a specific IPv6 address checks ::',
    services: [s('a', ['[::]:80:80']), s('b', ['[::1]:80:80'])],
    clash: 'same-port',
  },
  {
    rule: 'two specific addresses of one family do not clash',
    source: 'one port map per address',
    services: [s('a', ['127.0.0.1:80:80']), s('b', ['127.0.0.2:80:80'])],
    clash: false,
  },
  {
    rule: 'an IPv4-mapped IPv6 address is its IPv4 address',
    source: 'addr.Unmap()',
    services: [s('a', ['[::ffff:127.0.0.1]:80:80']), s('b', ['127.0.0.1:80:80'])],
    clash: 'same-port',
  },
  {
    rule: 'IPv6 addresses compare in canonical form',
    source: 'netip.Addr equality',
    services: [s('a', ['[0:0:0:0:0:0:0:1]:80:80']), s('b', [{ target: 80, published: '80', host_ip: '::1' }])],
    clash: 'same-port',
  },
  {
    rule: 'a host-range pool with a free port does not clash',
    source: 'RequestPortsInRange with portStart < portEnd picks a free port',
    services: [s('a', ['8000:80']), s('b', ['8000-8001:80'])],
    clash: false,
  },
  {
    rule: 'a host-range pool clashes when every port is taken',
    source: 'errAllPortsAllocated',
    services: [s('a', ['8000:80', '8001:81']), s('b', ['8000-8001:80'])],
    clash: 'pool',
  },
  {
    rule: 'two pools share a range while it lasts',
    source: 'each request takes the next free port',
    services: [s('a', ['8000-8001:80']), s('b', ['8000-8001:80'])],
    clash: false,
  },
  {
    rule: 'a third pool on a two-port range finds none free',
    source: 'errAllPortsAllocated',
    services: [s('a', ['8000-8001:80']), s('b', ['8000-8001:80']), s('c', ['8000-8001:80'])],
    clash: 'pool',
  },
  {
    rule: 'equal-sized ranges bind port to port (not a pool)',
    source: 'nat.ParsePortSpecs maps each container port to one host port',
    services: [s('a', ['8000-8001:8000-8001']), s('b', ['8001:80'])],
    clash: 'same-port',
  },
  {
    rule: 'identical repeated entries of one service are one entry',
    source: 'override/uncity.go portIndexer (host_ip:published:target/protocol)',
    services: [s('a', ['80:80', '80:80', { target: 80, published: 80 }])],
    clash: false,
  },
  {
    rule: 'the same host port for two container ports of one service clashes',
    source: 'two bindings of one port',
    services: [s('a', ['80:80', '80:81'])],
    clash: 'same-port',
  },
  {
    rule: 'a fixed port with scale above 1 clashes with itself',
    source: 'each container requests the same port',
    services: [s('a', ['80:80'], { replicas: 2 })],
    clash: 'replicas',
  },
  {
    rule: 'a pool with as many ports as replicas does not clash',
    source: 'each replica takes the next free port',
    services: [s('a', ['8000-8001:80'], { replicas: 2 })],
    clash: false,
  },
  {
    rule: 'a pool smaller than the replica count clashes',
    source: 'errAllPortsAllocated',
    services: [s('a', ['8000-8001:80'], { replicas: 3 })],
    clash: 'pool',
  },
  {
    rule: 'services whose profiles never run together do not clash',
    source: 'compose profiles: only enabled services start',
    services: [s('cpu', ['11434:11434'], { profiles: ['cpu'] }), s('gpu', ['11434:11434'], { profiles: ['gpu'] })],
    clash: false,
  },
  {
    rule: 'an ephemeral host port never clashes',
    source: 'no host port: the daemon picks one',
    services: [s('a', ['80', '127.0.0.1::80']), s('b', ['80', '127.0.0.1::80'])],
    clash: false,
  },
];

describe('Docker port rules', () => {
  it.each(TABLE)('$rule ($source)', ({ services, clash }) => {
    const groups = groupsOf(services);
    if (clash === false) expect(groups).toEqual([]);
    else expect(groups.map((g) => g.kind)).toEqual([clash]);
  });

  it('a clash group names every entry that clashes, first bound first', () => {
    const [group] = groupsOf([s('a', ['80:80']), s('b', ['0.0.0.0:80:80']), s('c', ['[::1]:80:80'])]);
    expect(group!.uses.map((u) => u.service.name)).toEqual(['a', 'b', 'c']);
    expect(group!.ports).toEqual({ start: 80, end: 80 });
  });

  it('a pool clash names the entries holding its range and the pool last', () => {
    const [group] = groupsOf([s('a', ['8000:80']), s('b', ['8001:80']), s('c', ['8000-8001:80'])]);
    expect(group!.uses.map((u) => u.service.name)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['[0:0:0:0:0:0:0:1]', '::1'],
    ['FE80::0:1%eth0', 'fe80::1'],
    ['0.0.0.0', '0.0.0.0'],
    ['', ''],
    ['localhost', null],
  ])('canonical address of %j is %j', (ip, canonical) => {
    expect(canonicalIp(ip)).toBe(canonical);
  });
});
