import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findComposeFiles, loadStack } from '../src/compose';
import { positionOf, tempDir } from './compose-fixtures';

const MAIN = `name: demo
x-defaults: &defaults
  restart: unless-stopped
  environment: &default-env
    TZ: UTC
services:
  web:
    <<: *defaults
    image: "nginx:\${NGINX_TAG:-1.27}"
    container_name: \${PREFIX}-web
    env_file:
      - web.env
      - path: optional.env
        required: false
    environment:
      - DB_HOST=db
      - SECRET
      - URL=http://\${HOST}:\${PORT}
    labels:
      - traefik.enable=true
      - traefik.http.routers.web.rule=Host(\`\${DOMAIN}\`)
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: app
      POSTGRES_PASSWORD: \${DB_PASSWORD}
      <<: *default-env
    labels:
      com.example.tier: backend
`;
const ENV = 'PORT=8080\nDOMAIN=example.org\n# HOST is not set on purpose\n';
const WEB_ENV = '# web settings\nLOG_LEVEL=info\nDB_HOST=from-env-file\nTOKEN=${UNSET_THING}\n';

function demo(extra: Record<string, string> = {}) {
  const dir = tempDir({ 'compose.yaml': MAIN, '.env': ENV, 'web.env': WEB_ENV, ...extra });
  return { dir, main: path.join(dir, 'compose.yaml') };
}

describe('loadStack', () => {
  it('merges, interpolates from .env only, and never invents values', () => {
    process.env.HOST = 'from-process-env'; // must be ignored: lint results may not depend on the shell
    try {
      const { main } = demo();
      const stack = loadStack(main, [], { archived: true });
      expect(stack.archived).toBe(true);
      expect(stack.files[0]!.errors).toEqual([]);
      expect(stack.env.get('PORT')).toBe('8080');
      const web = stack.services.find((s) => s.name === 'web')!;
      expect(web.image).toBe('nginx:1.27');
      expect(web.containerName).toBe('${PREFIX}-web');
      expect((web.config as Record<string, unknown>).image).toBe('nginx:${NGINX_TAG:-1.27}');
      expect(web.resolved.restart).toBe('unless-stopped');
      expect(web.labels.get('traefik.http.routers.web.rule')).toBe('Host(`example.org`)');
      const url = web.environment.find((v) => v.name === 'URL')!;
      expect(url).toMatchObject({ raw: 'http://${HOST}:${PORT}', value: null });
    } finally {
      delete process.env.HOST;
    }
  });

  it('lists env_file entries first (with their file position), then environment entries overriding them', () => {
    const { dir, main } = demo();
    const web = loadStack(main, [], { archived: false }).services.find((s) => s.name === 'web')!;
    expect(web.environment.map((v) => [v.name, v.value])).toEqual([
      ['LOG_LEVEL', 'info'],
      ['TOKEN', null],
      ['DB_HOST', 'db'],
      ['SECRET', null],
      ['URL', null],
    ]);
    const logLevel = web.environment[0]!;
    expect(logLevel).toMatchObject({ raw: 'info', envFile: path.join(dir, 'web.env'), loc: { file: path.join(dir, 'web.env'), line: 2, column: 1 } });
    expect(web.environment.find((v) => v.name === 'SECRET')).toMatchObject({ raw: null, value: null });
  });

  it('gives the line and column of a service key and of env vars in list and map form', () => {
    const { main } = demo();
    const stack = loadStack(main, [], { archived: false });
    const web = stack.services.find((s) => s.name === 'web')!;
    const db = stack.services.find((s) => s.name === 'db')!;
    expect(web.loc).toEqual({ file: main, ...positionOf(MAIN, 'web:') });
    expect(db.loc).toEqual({ file: main, ...positionOf(MAIN, 'db:\n') });
    expect(web.environment.find((v) => v.name === 'DB_HOST')!.loc).toEqual({ file: main, ...positionOf(MAIN, 'DB_HOST=db') });
    expect(db.environment.find((v) => v.name === 'POSTGRES_PASSWORD')!.loc).toEqual({ file: main, ...positionOf(MAIN, 'POSTGRES_PASSWORD') });
    // TZ comes into db's environment through a merge key: its position is the anchor's entry.
    expect(db.environment.find((v) => v.name === 'TZ')).toMatchObject({ value: 'UTC', loc: { file: main, ...positionOf(MAIN, 'TZ: UTC') } });
    expect(stack.locate(['services', 'web', 'restart'])).toEqual({ file: main, ...positionOf(MAIN, 'unless-stopped') });
    expect(stack.locateKey(['services', 'db', 'image'])).toEqual({ file: main, ...positionOf(MAIN, 'image', 2) });
    expect(stack.locate(['services', 'web', 'environment', 2])).toEqual({ file: main, ...positionOf(MAIN, 'URL=') });
    expect(stack.locate(['services', 'nope'])).toBeNull();
  });

  it('merges an override file and locates overridden keys in it', () => {
    const override =
      'services:\n  web:\n    image: nginx:1.28\n    environment:\n      EXTRA: "1"\n      DB_HOST: other\n    command: !reset []\n  cache:\n    image: redis:7\n';
    const { dir, main } = demo({ 'compose.override.yaml': override });
    const overrideAbs = path.join(dir, 'compose.override.yaml');
    const stack = loadStack(main, [overrideAbs], { archived: false });
    expect(stack.files.map((f) => f.errors)).toEqual([[], []]);
    expect(stack.services.map((s) => s.name)).toEqual(['web', 'db', 'cache']);
    const web = stack.services[0]!;
    expect(web.image).toBe('nginx:1.28');
    expect(web.loc?.file).toBe(main);
    expect(stack.locate(['services', 'web', 'image'])).toEqual({ file: overrideAbs, ...positionOf(override, 'nginx:1.28') });
    expect(stack.locate(['services', 'db', 'image'])?.file).toBe(main);
    expect(web.environment.find((v) => v.name === 'DB_HOST')).toMatchObject({ value: 'other', loc: { file: overrideAbs, ...positionOf(override, 'DB_HOST') } });
    expect(web.environment.find((v) => v.name === 'URL')!.loc?.file).toBe(main);
    expect(stack.services[2]!.loc).toEqual({ file: overrideAbs, ...positionOf(override, 'cache:') });
  });

  it('applies !reset and !override from an override file', () => {
    const main = 'services:\n  app:\n    image: a\n    ports: ["80:80"]\n    networks: [front, back]\n';
    const override = 'services:\n  app:\n    ports: !reset []\n    networks: !override [edge]\n';
    const dir = tempDir({ 'compose.yaml': main, 'compose.override.yml': override });
    const stack = loadStack(path.join(dir, 'compose.yaml'), [path.join(dir, 'compose.override.yml')], { archived: false });
    expect(stack.config).toEqual({ services: { app: { image: 'a', networks: ['edge'] } } });
  });

  it('positions are right in a CRLF file', () => {
    const text = MAIN.replace(/\n/g, '\r\n');
    const dir = tempDir({ 'docker-compose.yml': text });
    const main = path.join(dir, 'docker-compose.yml');
    const stack = loadStack(main, [], { archived: false });
    const db = stack.services.find((s) => s.name === 'db')!;
    expect(db.loc).toEqual({ file: main, ...positionOf(text, 'db:\r\n') });
    expect(db.environment.find((v) => v.name === 'POSTGRES_DB')!.loc).toEqual({ file: main, ...positionOf(text, 'POSTGRES_DB') });
    expect(db.resolved.image).toBe('postgres:16');
  });

  it('a main file that does not parse gives an empty stack with the errors, never a throw', () => {
    const dir = tempDir({ 'compose.yaml': 'services:\n  a:\n    image: [oops\n' });
    const stack = loadStack(path.join(dir, 'compose.yaml'), [], { archived: false });
    expect(stack.services).toEqual([]);
    expect(stack.config).toEqual({});
    expect(stack.files[0]!.errors.length).toBeGreaterThan(0);
  });

  it('a missing main file and a broken override are reported on their files', () => {
    const dir = tempDir({ 'compose.yaml': 'services:\n  a:\n    image: x\n', 'compose.override.yml': '- not a mapping\n' });
    const missing = loadStack(path.join(dir, 'nope.yaml'), [], { archived: false });
    expect(missing.files[0]!.errors).toEqual([{ message: 'file not found', line: 1, column: 1 }]);
    const stack = loadStack(path.join(dir, 'compose.yaml'), [path.join(dir, 'compose.override.yml')], { archived: false });
    expect(stack.services.map((s) => s.image)).toEqual(['x']);
    expect(stack.files[1]!.errors[0]!.message).toMatch(/must be a mapping/);
  });

  it('uses an injected readFile', () => {
    const files: Record<string, string> = { '/virtual/compose.yaml': 'services:\n  a:\n    image: ${IMG}\n', '/virtual/.env': 'IMG=busybox\n' };
    const stack = loadStack('/virtual/compose.yaml', [], {
      archived: false,
      readFile: (abs) => {
        if (!(abs in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        return files[abs]!;
      },
    });
    expect(stack.services[0]!.image).toBe('busybox');
  });

  it('environment without env_file: a list repeating a name keeps its last entry, last; a mapping keeps its order', () => {
    const dir = tempDir({
      'compose.yaml':
        'services:\n  a:\n    image: x\n    environment:\n      - A=1\n      - B\n      - A=${U:-3}\n  b:\n    image: x\n    environment:\n      Z: 1\n      Y: ~\n      X: "${U}"\n',
    });
    const services = loadStack(path.join(dir, 'compose.yaml'), [], { archived: false }).services;
    const table = (name: string) => services.find((s) => s.name === name)!.environment.map((v) => [v.name, v.raw, v.value, v.loc?.line]);
    expect(table('a')).toEqual([
      ['B', null, null, 6],
      ['A', '${U:-3}', '3', 7],
    ]);
    expect(table('b')).toEqual([
      ['Z', '1', '1', 11],
      ['Y', null, null, 12],
      ['X', '${U}', null, 13],
    ]);
  });

  it('a missing required env_file is skipped, not fatal', () => {
    const dir = tempDir({ 'compose.yaml': 'services:\n  a:\n    image: x\n    env_file: missing.env\n' });
    expect(loadStack(path.join(dir, 'compose.yaml'), [], { archived: false }).services[0]!.environment).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'missing.env'))).toBe(false);
  });
});

describe('findComposeFiles', () => {
  it.each([
    [['docker-compose.yml', 'compose.yaml', 'compose.yml'], 'compose.yaml', []],
    [['compose.yml', 'docker-compose.yaml'], 'compose.yml', []],
    [['docker-compose.yaml', 'docker-compose.yml'], 'docker-compose.yml', []],
    [['docker-compose.yaml'], 'docker-compose.yaml', []],
    [['compose.yaml', 'compose.override.yaml', 'compose.override.yml'], 'compose.yaml', ['compose.override.yml']],
    [['docker-compose.yml', 'docker-compose.override.yml'], 'docker-compose.yml', ['docker-compose.override.yml']],
    [['docker-compose.yml', 'compose.override.yaml'], 'docker-compose.yml', ['compose.override.yaml']],
    [['compose.override.yml', 'README.md'], null, []],
    [[], null, []],
  ])('%j', (names, main, overrides) => {
    expect(findComposeFiles(names)).toEqual({ main, overrides });
  });
});
