// The database model on real trees: how connections are read from every env form the corpus
// uses, which Postgres a host reaches, and which init scripts the image runs.
import { describe, expect, it } from 'vitest';
import { parsePostgresUrl, splitFieldName } from '../src/database/connections';
import { serviceNames } from '../src/database/model';
import { isLiteralSecret, isSecretName } from '../src/database/secrets';
import { resolveTarget } from '../src/engine/lint';
import { buildHostModel } from '../src/model/host';
import type { HostModel } from '../src/model/types';
import { makeTree, type TreeSpec } from './helpers/tree';
import { FIXED_INIT_SH, NETWORKS, coreInfra } from './rules/database-fixtures';

async function modelOf(tree: TreeSpec): Promise<HostModel> {
  const dir = makeTree(tree);
  const target = resolveTarget('.', dir, null);
  return buildHostModel(target.root, target.policy, dir);
}

/** service -> "user@host/db -> target" for every connection. */
function summary(model: HostModel): string[] {
  return model.database.connections.map(
    (c) =>
      `${c.service.name} ${c.source}:${c.name} ${c.user?.value ?? '?'}@${c.host?.value ?? '?'}/${c.database?.value ?? '?'} pw=${c.password.kind} -> ${c.toShared ? 'shared' : (c.target?.name ?? 'none')}`,
  );
}

function clients(environment: string, extra = ''): TreeSpec {
  return { 'docker-compose.yml': `services:\n  app:\n    image: example/app:1\n    environment:\n${environment}    networks: [backend]\n${extra}${NETWORKS}` };
}

describe('connections', () => {
  it('reads the common variable families', async () => {
    const forms: Record<string, string> = {
      typeorm: '      TYPEORM_CONNECTION: postgres\n      TYPEORM_HOST: postgres\n      TYPEORM_USERNAME: app_user\n      TYPEORM_DATABASE: app\n',
      sql: '      SQL_ENGINE: django.db.backends.postgresql\n      SQL_HOST: postgres\n      SQL_USER: app_user\n      SQL_DATABASE: app\n',
      database: '      DATABASE_HOST: postgres\n      DATABASE_USER: app_user\n      DATABASE_NAME: app\n      DATABASE_PASSWORD: ${APP_PW}\n',
      authentik: '      AUTHENTIK_POSTGRESQL__HOST: postgres\n      AUTHENTIK_POSTGRESQL__USER: app_user\n      AUTHENTIK_POSTGRESQL__NAME: app\n',
      pg: '      PGHOST: postgres\n      PGUSER: app_user\n      PGDATABASE: app\n',
      paperless: '      PAPERLESS_DBHOST: postgres\n      PAPERLESS_DBUSER: app_user\n      PAPERLESS_DBNAME: app\n',
      zitadel:
        '      ZITADEL_DATABASE_POSTGRES_HOST: postgres\n      ZITADEL_DATABASE_POSTGRES_DATABASE: app\n      ZITADEL_DATABASE_POSTGRES_USER_USERNAME: app_user\n      ZITADEL_DATABASE_POSTGRES_ADMIN_USERNAME: postgres\n',
    };
    const services: TreeSpec = {};
    for (const [name, env] of Object.entries(forms)) services[name] = clients(env);
    const model = await modelOf({ services: { 'core-infra': coreInfra(), ...services } });
    expect(summary(model).sort()).toEqual(
      [
        'app fields:TYPEORM app_user@postgres/app pw=none -> shared',
        'app fields:SQL app_user@postgres/app pw=none -> shared',
        'app fields:DATABASE app_user@postgres/app pw=variable -> shared',
        'app fields:AUTHENTIK_POSTGRESQL app_user@postgres/app pw=none -> shared',
        'app fields:PG app_user@postgres/app pw=none -> shared',
        'app fields:PAPERLESS_DB app_user@postgres/app pw=none -> shared',
        'app fields:ZITADEL_DATABASE_POSTGRES_USER app_user@postgres/app pw=none -> shared',
        'app fields:ZITADEL_DATABASE_POSTGRES_ADMIN postgres@postgres/app pw=none -> shared',
      ].sort(),
    );
  });

  it('env_file, URLs with query parameters, JDBC, keyword DSNs; other engines and unknowns', async () => {
    const model = await modelOf({
      services: {
        'core-infra': coreInfra(),
        b: clients('      DATABASE_URL: postgresql+asyncpg://b_user:${B_PW}@postgres:5432/b?sslmode=disable\n'),
        c: clients('      SPRING_DATASOURCE_URL: jdbc:postgresql://postgres:5432/c?user=c_user&password=${C_PW}\n'),
        d: clients("      PG_DSN: host=postgres port=5432 user=d_user dbname=d password='${D_PW}'\n"),
        e: clients('      DB_TYPE: sqlite\n      DB_HOST: postgres\n      DB_USER: e_user\n'),
        f: clients('      DATABASE_URL: ${DATABASE_URL}\n'),
        g: clients('      MYSQL_HOST: postgres\n      MYSQL_USER: g_user\n'),
      },
    });
    expect(summary(model)).toEqual([
      'app url:DATABASE_URL b_user@postgres/b pw=variable -> shared',
      'app url:SPRING_DATASOURCE_URL c_user@postgres/c pw=variable -> shared',
      'app url:PG_DSN d_user@postgres/d pw=variable -> shared',
      'app url:DATABASE_URL ?@?/? pw=none -> none',
    ]);
  });

  it('reads env_file entries with their file and line', async () => {
    const model = await modelOf({
      services: {
        'core-infra': coreInfra(),
        a: {
          'docker-compose.yml': `services:\n  app:\n    image: example/app:1\n    env_file: app.env\n    networks: [backend]\n${NETWORKS}`,
          'app.env': '# app\nDB_HOST=postgres\nDB_USER=postgres\n',
        },
      },
    });
    const [connection] = model.database.connections;
    expect(summary(model)).toEqual(['app fields:DB postgres@postgres/? pw=none -> shared']);
    expect(connection!.user!.loc).toMatchObject({ line: 3, column: 9 });
    expect(connection!.user!.loc!.file).toMatch(/app\.env$/);
  });

  it('a host reaches the Postgres on a shared network; aliases count; poolers are looked through', async () => {
    const model = await modelOf({
      services: {
        'core-infra': coreInfra(),
        // Its own "postgres" on its project network: the client beside it reaches that one.
        lab: {
          'docker-compose.yml':
            'services:\n  postgres:\n    image: postgres:17\n  app:\n    image: example/app:1\n    environment:\n      DB_HOST: postgres\n      DB_USER: lab_user\n',
        },
        b: clients('      DB_HOST: main-db\n      DB_USER: b_user\n'),
        c: clients(
          '      DB_HOST: pgbouncer\n      DB_USER: c_user\n',
          '  pgbouncer:\n    image: edoburu/pgbouncer:1.23.1\n    environment:\n      DB_HOST: postgres\n      DB_USER: postgres\n    networks: [backend]\n',
        ),
      },
    }).then(async (m) => m);
    expect(summary(model)).toEqual([
      'app fields:DB b_user@main-db/? pw=none -> none',
      'app fields:DB c_user@pgbouncer/? pw=none -> shared',
      'app fields:DB lab_user@postgres/? pw=none -> postgres',
    ]);
    const aliased = await modelOf({
      services: {
        'core-infra': coreInfra(
          undefined,
          `services:\n  postgres:\n    image: postgres:16\n    networks:\n      backend:\n        aliases: [main-db]\n${NETWORKS}`,
        ),
        b: clients('      DB_HOST: main-db\n      DB_USER: b_user\n'),
      },
    });
    expect(summary(aliased)).toEqual(['app fields:DB b_user@main-db/? pw=none -> shared']);
  });

  it('splits variable names into prefix and field', () => {
    expect(splitFieldName('DB_POSTGRESDB_USER')).toEqual({ prefix: 'DB_POSTGRESDB', field: 'user' });
    expect(splitFieldName('DB_DATABASE_NAME')).toEqual({ prefix: 'DB', field: 'database' });
    expect(splitFieldName('POSTGRES_DB')).toEqual({ prefix: 'POSTGRES', field: 'database' });
    expect(splitFieldName('PGDATABASE')).toEqual({ prefix: 'PG', field: 'database' });
    expect(splitFieldName('POSTGRES_HOST_AUTH_METHOD')).toBeNull();
    expect(splitFieldName('REDIS_HOST')).toBeNull();
    expect(splitFieldName('MYSQL_DB_HOST')).toBeNull();
    expect(splitFieldName('N8N_HOST')).toBeNull();
  });

  it('parses URLs with the offset of each part', () => {
    const text = 'postgresql://erp_user:${PW}@postgres:5432/bestviable_erp';
    const url = parsePostgresUrl(text)!;
    expect(url.user).toEqual({ value: 'erp_user', offset: 13 });
    expect(url.host).toEqual({ value: 'postgres', offset: text.indexOf('@') + 1 });
    expect(url.port?.value).toBe('5432');
    expect(url.database).toEqual({ value: 'bestviable_erp', offset: text.lastIndexOf('/') + 1 });
    expect(parsePostgresUrl('postgres://%40dmin@[::1]/db')!.user!.value).toBe('@dmin');
    expect(parsePostgresUrl('mysql://u:p@h/db')).toBeNull();
    // Values with neither '://' nor '=' are neither form; each form with as little as it needs is read.
    for (const text of ['UTC', 'postgres', 'postgres:5432', 'postgres:/db', '${DB_URL}', '']) expect(parsePostgresUrl(text), text).toBeNull();
    expect(parsePostgresUrl('  postgres://h')!.host).toEqual({ value: 'h', offset: 13 });
    expect(parsePostgresUrl('host=db user=app')!.user).toEqual({ value: 'app', offset: 13 });
    expect(parsePostgresUrl('redis://valkey:6379/0')).toBeNull();
  });
});

describe('secret names and values', () => {
  it('names', () => {
    for (const name of [
      'POSTGRES_PASSWORD',
      'DB_PASS',
      'JWT_SECRET',
      'N8N_ENCRYPTION_KEY',
      'OPENAI_API_KEY',
      'TS_AUTHKEY',
      'SECRET_KEY_BASE',
      'GITEA__database__PASSWD',
    ])
      expect(isSecretName(name), name).toBe(true);
    for (const name of [
      'POSTGRES_PASSWORD_FILE',
      'PASSWORD_MIN_LENGTH',
      'POSTGRES_HOST_AUTH_METHOD',
      'AWS_ACCESS_KEY_ID',
      'SSH_PUBLIC_KEY',
      'REDIS_KEY_PREFIX',
      'KEYCLOAK_HOST',
      'AUTHENTICATION_APIKEY_USERS',
      'TOKEN_EXPIRY',
    ])
      expect(isSecretName(name), name).toBe(false);
    // Answers are kept by name: asked again, the same.
    expect([isSecretName('JWT_SECRET'), isSecretName('TOKEN_EXPIRY'), isSecretName('JWT_SECRET')]).toEqual([true, false, true]);
  });
  it('values', () => {
    for (const raw of ['hunter2', 'changeme', 'postgres']) expect(isLiteralSecret(raw), raw).toBe(true);
    for (const raw of ['${PW}', '$PW', '', 'true', '8', '/run/secrets/pg', './keys/jwt.pem', 'ssh-ed25519 AAAAC3 host', null])
      expect(isLiteralSecret(raw), String(raw)).toBe(false);
  });
});

describe('init scripts', () => {
  it('a folder gives its scripts in name order, not sub-directories; single files and long syntax count', async () => {
    const compose = `services:
  postgres:
    image: postgres:16
    volumes:
      - type: bind
        source: ./postgres/init-scripts
        target: /docker-entrypoint-initdb.d
      - ./postgres/extra.sql:/docker-entrypoint-initdb.d/99-extra.sql:ro
      - initdb:/docker-entrypoint-initdb.d/more
volumes:
  initdb:
`;
    const model = await modelOf({
      services: {
        'core-infra': {
          'docker-compose.yml': compose,
          postgres: {
            'extra.sql': 'CREATE EXTENSION vector;\n',
            'init-scripts': { '02-b.sql': 'SELECT 1;\n', '01-a.sh': FIXED_INIT_SH, 'README.md': 'x', old: { '00.sql': 'SELECT 1;\n' } },
          },
        },
      },
    });
    const names = (files: string[]) => files.map((f) => f.split('/').slice(-2).join('/'));
    expect(model.database.initMounts.map((m) => [m.kind, names(m.files), names(m.skippedDirs), m.loc?.line])).toEqual([
      ['dir', ['init-scripts/01-a.sh', 'init-scripts/02-b.sql'], ['init-scripts/old'], 5],
      ['file', ['postgres/extra.sql'], [], 8],
      ['volume', [], [], 9],
    ]);
    expect(names(model.database.initScripts.map((s) => s.file))).toEqual(['init-scripts/01-a.sh', 'init-scripts/02-b.sql', 'postgres/extra.sql']);
    expect(model.database.initScripts[0]!.text).toBe(FIXED_INIT_SH);
    expect(model.database.matrix!.canConnect('n8n_user', 'n8n')).toMatchObject({ allowed: true, via: 'owner' });
    expect(model.database.matrix!.canConnect('erp_user', 'n8n').allowed).toBe(false);
  });
});

describe('volumes', () => {
  it('reads the short-syntax mode option by option and scopes named volumes to the project', async () => {
    const modes = ['ro', 'rw', 'rw,ro', 'ro,z', 'z,ro,nocopy', 'rod', 'xro', 'r,o', 'RO', ''];
    const volumes = modes.map((mode, i) => `      - ./d${i}:/t${i}${mode === '' ? '' : `:${mode}`}\n`).join('');
    const compose = `name: My_App.1\nservices:\n  app:\n    image: example/app:1\n    volumes:\n${volumes}      - data:/data:ro\n      - C:\\\\x:/win\nvolumes:\n  data:\n`;
    const model = await modelOf({ services: { app: { 'docker-compose.yml': compose } } });
    const mounts = model.database.volumes.map((v) => [v.target, v.readOnly]);
    expect(mounts).toEqual([...modes.map((mode, i) => [`/t${i}`, mode.split(',').includes('ro')]), ['/data', true], ['/win', false]]);
    expect(model.database.volumes.find((v) => v.target === '/data')!.key).toBe('my_app1_data');
  });
});

describe('serviceNames', () => {
  it('gives each service its name, container name, folder and catalog name, the same when asked again', async () => {
    const model = await modelOf({
      services: {
        'core-infra': coreInfra(),
        tools: { proxy: { 'docker-compose.yml': 'services:\n  app:\n    image: example/app:1\n    container_name: nginx-proxy\n' } },
      },
    });
    const app = model.services.find((s) => s.name === 'app')!;
    const first = serviceNames(app, model);
    expect([...first]).toEqual(['app', 'nginx-proxy', 'proxy', 'nginx']);
    expect(serviceNames(app, model)).toBe(first);
    // Another model of the same tree answers from its own services, not from the first model's.
    const again = await modelOf({ services: { tools: { proxy: { 'docker-compose.yml': 'services:\n  app:\n    image: example/app:1\n' } } } });
    expect([...serviceNames(again.services[0]!, again)]).toEqual(['app', 'proxy']);
  });
});
