import { describe, expect, it } from 'vitest';
import { mergeComposeConfigs } from '../src/compose';

const svc = (config: Record<string, unknown>) => ({ services: { app: config } });
const merged = (base: Record<string, unknown>, override: Record<string, unknown>) =>
  (mergeComposeConfigs(svc(base), svc(override)).services as Record<string, unknown>).app;

describe('mergeComposeConfigs', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]>([
    ['scalars: override wins', { image: 'a:1', restart: 'no' }, { image: 'a:2' }, { image: 'a:2', restart: 'no' }],
    [
      'nested mappings merge',
      { deploy: { resources: { limits: { memory: '1g', cpus: '1' } } } },
      { deploy: { resources: { limits: { memory: '2g' } } } },
      { deploy: { resources: { limits: { memory: '2g', cpus: '1' } } } },
    ],
    ['null override keeps the base', { image: 'a' }, { image: null }, { image: 'a' }],
    ['command replaces', { command: ['a', 'b'] }, { command: ['c'] }, { command: ['c'] }],
    ['entrypoint replaces', { entrypoint: ['sh', '-c'] }, { entrypoint: 'bash' }, { entrypoint: 'bash' }],
    [
      'healthcheck.test replaces, the rest merges',
      { healthcheck: { test: ['CMD', 'a'], interval: '5s' } },
      { healthcheck: { test: ['CMD', 'b'] } },
      { healthcheck: { test: ['CMD', 'b'], interval: '5s' } },
    ],
    ['environment maps merge', { environment: { A: '1', B: '2' } }, { environment: { B: '3', C: '4' } }, { environment: { A: '1', B: '3', C: '4' } }],
    [
      'environment lists merge by key, first position kept',
      { environment: ['A=1', 'B=2'] },
      { environment: ['B=3', 'C'] },
      { environment: ['A=1', 'B=3', 'C'] },
    ],
    ['environment list onto map becomes a map', { environment: { A: '1' } }, { environment: ['A=2', 'B'] }, { environment: { A: '2', B: null } }],
    ['labels list onto list by key', { labels: ['traefik.enable=true', 'x=1'] }, { labels: ['x=2'] }, { labels: ['traefik.enable=true', 'x=2'] }],
    [
      'extra_hosts keyed by host (host:ip)',
      { extra_hosts: ['db:10.0.0.1', 'cache:10.0.0.2'] },
      { extra_hosts: ['db:10.0.0.9'] },
      { extra_hosts: ['db:10.0.0.9', 'cache:10.0.0.2'] },
    ],
    ['sysctls map', { sysctls: { 'net.core.somaxconn': 1024 } }, { sysctls: ['net.ipv4.x=1'] }, { sysctls: { 'net.core.somaxconn': 1024, 'net.ipv4.x': '1' } }],
    [
      'ulimits merge per limit',
      { ulimits: { nofile: { soft: 1, hard: 2 }, nproc: 10 } },
      { ulimits: { nofile: { soft: 5 }, nproc: 20 } },
      { ulimits: { nofile: { soft: 5, hard: 2 }, nproc: 20 } },
    ],
    ['ports append and de-dup', { ports: ['80:80', '443:443'] }, { ports: ['80:80', '8080:80'] }, { ports: ['80:80', '443:443', '8080:80'] }],
    [
      'long ports de-dup by ip/published/target/protocol',
      { ports: [{ target: 80, published: '8080' }] },
      {
        ports: [
          { target: 80, published: '8080', protocol: 'tcp' },
          { target: 80, published: '8080', protocol: 'udp' },
        ],
      },
      {
        ports: [
          { target: 80, published: '8080', protocol: 'tcp' },
          { target: 80, published: '8080', protocol: 'udp' },
        ],
      },
    ],
    ['expose appends unique', { expose: ['80'] }, { expose: ['80', '81'] }, { expose: ['80', '81'] }],
    [
      'volumes keyed by target',
      { volumes: ['./a:/data', 'logs:/logs'] },
      { volumes: ['./b:/data:ro', { type: 'bind', source: './c', target: '/cfg' }] },
      { volumes: ['./b:/data:ro', 'logs:/logs', { type: 'bind', source: './c', target: '/cfg' }] },
    ],
    [
      'secrets keyed by mount path',
      { secrets: ['db', 'api'] },
      { secrets: [{ source: 'other', target: '/run/secrets/db' }] },
      { secrets: [{ source: 'other', target: '/run/secrets/db' }, 'api'] },
    ],
    ['configs keyed by mount path', { configs: ['a'] }, { configs: [{ source: 'a' }, 'b'] }, { configs: [{ source: 'a' }, 'b'] }],
    ['dns appends unique', { dns: ['1.1.1.1'] }, { dns: ['1.1.1.1', '9.9.9.9'] }, { dns: ['1.1.1.1', '9.9.9.9'] }],
    [
      'depends_on list onto map',
      { depends_on: { db: { condition: 'service_healthy' } } },
      { depends_on: ['cache'] },
      { depends_on: { db: { condition: 'service_healthy' }, cache: { condition: 'service_started' } } },
    ],
    ['networks list onto list', { networks: ['a'] }, { networks: ['a', 'b'] }, { networks: ['a', 'b'] }],
    ['build string onto mapping', { build: { context: '.', dockerfile: 'D' } }, { build: './src' }, { build: { context: './src', dockerfile: 'D' } }],
    [
      'logging: other driver replaces',
      { logging: { driver: 'json-file', options: { 'max-size': '1m' } } },
      { logging: { driver: 'syslog' } },
      { logging: { driver: 'syslog' } },
    ],
    [
      'logging: same driver merges options',
      { logging: { driver: 'local', options: { a: '1' } } },
      { logging: { driver: 'local', options: { b: '2' } } },
      { logging: { driver: 'local', options: { a: '1', b: '2' } } },
    ],
    ['type change: override wins', { tmpfs: '/a' }, { tmpfs: { x: 1 } }, { tmpfs: { x: 1 } }],
  ])('%s', (_name, base, override, expected) => {
    expect(merged(base, override)).toEqual(expected);
  });

  it('x- extension fields are replaced whole, top-level mappings merge', () => {
    const out = mergeComposeConfigs(
      { 'x-common': { a: 1, b: 2 }, networks: { front: { driver: 'bridge' } }, services: { a: { image: 'a' } } },
      { 'x-common': { c: 3 }, networks: { back: {} }, services: { b: { image: 'b' } } },
    );
    expect(out).toEqual({ 'x-common': { c: 3 }, networks: { front: { driver: 'bridge' }, back: {} }, services: { a: { image: 'a' }, b: { image: 'b' } } });
  });

  it('does not modify its inputs (parsed YAML shares objects between aliases)', () => {
    const shared = { environment: { A: '1' }, ports: ['80:80'] };
    const base = { services: { a: shared, b: shared } };
    const snapshot = JSON.stringify(base);
    mergeComposeConfigs(base, { services: { a: { environment: { B: '2' }, ports: ['81:81'] } } });
    expect(JSON.stringify(base)).toBe(snapshot);
  });
});
