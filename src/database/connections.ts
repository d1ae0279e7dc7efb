// How a compose service reaches Postgres, read from its environment (environment: and env_file:):
//  - a URL in any variable whose value is one: postgres://, postgresql://, postgresql+driver://,
//    jdbc:postgresql://, or a libpq keyword DSN (`host=… user=… dbname=…`);
//  - a URL-named variable (DATABASE_URL, *_DB_URL, POSTGRES_URL…) whose value is unknown;
//  - groups of variables sharing a prefix: DB_HOST/DB_USER/DB_NAME, PGHOST/PGUSER/PGDATABASE,
//    DB_POSTGRESDB_*, TYPEORM_*, SQL_*, AUTHENTIK_POSTGRESQL__*… A group inherits host, port,
//    database and type from a shorter group it extends (ZITADEL_DATABASE_POSTGRES_USER_* from
//    ZITADEL_DATABASE_POSTGRES_*), and a type that names another engine (DB_TYPE=sqlite) drops it.
// Unknown values stay unknown: nothing is guessed.
import type { ComposeService, EnvVar } from '../compose/types';
import type { ConnectionPiece, PostgresConnection } from './types';
import type { SourceLoc } from '../files/types';
import { hasVariable, partialValue, valueLoc } from './env';
import { withLazyLoc } from '../util/lazy';
import { getOrCompute } from '../util/maps';

type Field = 'host' | 'port' | 'user' | 'database' | 'password' | 'type';

/** Name endings of each field, longest first so DB_DATABASE_NAME reads as DB + DATABASE_NAME. */
const FIELD_SUFFIXES: [string, Field][] = (
  [
    ['DATABASE_NAME', 'database'],
    ['SERVER_HOST', 'host'],
    ['HOSTNAME', 'host'],
    ['PASSWORD', 'password'],
    ['USERNAME', 'user'],
    ['DATABASE', 'database'],
    ['DB_NAME', 'database'],
    ['CONNECTION', 'type'],
    ['PROVIDER', 'type'],
    ['ADDRESS', 'host'],
    ['BACKEND', 'type'],
    ['DIALECT', 'type'],
    ['DBNAME', 'database'],
    ['PASSWD', 'password'],
    ['SERVER', 'host'],
    ['CLIENT', 'type'],
    ['DRIVER', 'type'],
    ['ENGINE', 'type'],
    ['ADDR', 'host'],
    ['HOST', 'host'],
    ['PORT', 'port'],
    ['USER', 'user'],
    ['NAME', 'database'],
    ['PASS', 'password'],
    ['TYPE', 'type'],
    ['PWD', 'password'],
    ['DB', 'database'],
  ] as [string, Field][]
).sort((a, b) => b[0].length - a[0].length);

/** Prefix words that say "this group is a database connection". */
const DB_WORDS = new Set(['DB', 'PG', 'PGSQL', 'PSQL', 'POSTGRES', 'POSTGRESQL', 'POSTGRESDB', 'DATABASE', 'SQL', 'TYPEORM']);
/** Prefix words of other engines: their groups are not Postgres connections. */
const OTHER_ENGINES = new Set([
  'MYSQL',
  'MARIADB',
  'MONGO',
  'MONGODB',
  'REDIS',
  'VALKEY',
  'CLICKHOUSE',
  'COUCHDB',
  'COUCH',
  'INFLUX',
  'INFLUXDB',
  'ELASTIC',
  'ELASTICSEARCH',
  'MSSQL',
  'ORACLE',
  'CASSANDRA',
  'NEO4J',
  'QDRANT',
  'MEMCACHED',
  'RABBITMQ',
  'AMQP',
  'NATS',
  'KAFKA',
  'MINIO',
  'S3',
  'SMTP',
  'MAIL',
  'LDAP',
  'SQLITE',
]);

const POSTGRES_TYPE = /postgres|pgsql|psycopg|cockroach|^pg$|^psql$/i;
/** A type naming another engine (DB_TYPE=sqlite, SQL_ENGINE=django.db.backends.mysql) drops the group; an unrecognised one does not. */
const OTHER_TYPE = /sqlite|mysql|maria|mssql|sqlserver|oracle|mongo|cassandra|redis|^h2$|derby|^memory$|^none$|^file$/i;

/** Variable names that hold a database URL even when its value is unknown. */
const URL_NAME = /(^|_)(DATABASE|DB|POSTGRES|POSTGRESQL|PG|PGSQL)_(URL|URI|DSN)$|^(DATABASE|DB|POSTGRES|PG)_CONNECTION(_STRING|_URL)?$/;
/** A value that is one variable reference and nothing else: `${VAR}`, `$VAR`. */
const WHOLE_VARIABLE = /^\$\{[^}]*\}$|^\$[A-Za-z_]\w*$/;

interface FieldVar {
  prefix: string;
  field: Field;
  variable: EnvVar;
  value: string | null;
}

/** Reads every Postgres connection of one compose service; `target` is resolved later. */
export function readConnections(service: ComposeService): PostgresConnection[] {
  const out: PostgresConnection[] = [];
  const fields: FieldVar[] = [];
  for (const variable of service.environment) {
    const value = partialValue(service, variable);
    const url = value === null ? null : parsePostgresUrl(value);
    if (url) {
      out.push(urlConnection(service, variable, value!, url));
      continue;
    }
    if (URL_NAME.test(variable.name) && !isOtherEngineName(variable.name) && (value === null || WHOLE_VARIABLE.test(value.trim()))) {
      out.push(emptyConnection(service, 'url', variable.name));
      continue;
    }
    const split = splitFieldName(variable.name);
    if (split) fields.push({ prefix: split.prefix, field: split.field, variable, value: value === null || value.trim() === '' ? null : value.trim() });
  }
  // Most services name no connection field: no groups to build for them.
  if (fields.length > 0) out.push(...groupConnections(service, fields));
  return out;
}

function isOtherEngineName(name: string): boolean {
  return name.split('_').some((word) => OTHER_ENGINES.has(word));
}

type FieldName = Readonly<{ prefix: string; field: Field }>;

/** Names already split: the same few (DB_HOST, DB_USER...) recur in thousands of services. */
const splitNames = new Map<string, FieldName | null>();

/** `DB_POSTGRESDB_USER` -> { prefix: 'DB_POSTGRESDB', field: 'user' }; null for names that are not connection fields. */
export function splitFieldName(name: string): FieldName | null {
  return getOrCompute(splitNames, name, splitName);
}

function splitName(name: string): FieldName | null {
  const upper = name.toUpperCase();
  for (const [suffix, field] of FIELD_SUFFIXES) {
    if (!upper.endsWith(suffix)) continue;
    const head = upper.slice(0, -suffix.length);
    const prefix = head.replace(/_+$/, '');
    if (prefix === '') continue;
    const glued = head === prefix; // PGHOST, PAPERLESS_DBHOST: no separator
    if (glued && !(prefix === 'PG' || /(^|_)DB$/.test(prefix))) continue;
    const words = prefix.split('_').filter(Boolean);
    if (words.some((w) => OTHER_ENGINES.has(w))) return null;
    if (!words.some((w) => DB_WORDS.has(w) || /DB$/.test(w))) continue;
    return { prefix, field };
  }
  return null;
}

function groupConnections(service: ComposeService, vars: FieldVar[]): PostgresConnection[] {
  const groups = new Map<string, Map<Field, FieldVar>>();
  for (const v of vars) {
    let group = groups.get(v.prefix);
    if (!group) groups.set(v.prefix, (group = new Map<Field, FieldVar>()));
    group.set(v.field, v);
  }
  const prefixes = [...groups.keys()];

  const out: PostgresConnection[] = [];
  for (const prefix of prefixes) {
    const own = groups.get(prefix)!;
    // A group that only supplies shared pieces to longer groups (DB with DB_TYPE for DB_POSTGRESDB_*) is not a connection itself.
    if (!own.has('user') && prefixes.some((p) => p !== prefix && p.startsWith(`${prefix}_`))) continue;
    // The shorter groups this one extends, longest first (found once per group, not once per field).
    const ancestors = prefixes
      .filter((p) => p !== prefix && prefix.startsWith(`${p}_`))
      .sort((a, b) => b.length - a.length)
      .map((p) => groups.get(p)!);
    const pick = (field: Field, inherit: boolean): FieldVar | null => {
      const mine = own.get(field);
      if (mine || !inherit) return mine ?? null;
      for (const parent of ancestors) if (parent.has(field)) return parent.get(field)!;
      return null;
    };
    const type = pick('type', true);
    if (type?.value && !POSTGRES_TYPE.test(type.value) && OTHER_TYPE.test(type.value)) continue;
    const host = pick('host', true);
    const user = pick('user', false);
    const database = pick('database', true);
    if (!host && !user && !database) continue;
    const password = pick('password', false);
    out.push({
      service,
      source: 'fields',
      name: prefix,
      host: host ? hostPiece(service, host) : null,
      port: piece(service, pick('port', true)),
      user: piece(service, user),
      database: piece(service, database),
      password: password
        ? withLazyLoc({ kind: password.value === null || hasVariable(password.variable.raw ?? '') ? 'variable' : 'literal' } as const, () =>
            valueLoc(service, password.variable),
          )
        : { kind: 'none', loc: null },
      target: null,
      toShared: false,
    });
  }
  return out;
}

function piece(service: ComposeService, v: FieldVar | null): ConnectionPiece | null {
  if (!v) return null;
  return withLazyLoc({ value: known(v.value), variable: v.variable.name }, () => valueLoc(service, v.variable));
}

/** DB_HOST=postgres:5432 names the host and port together. */
function hostPiece(service: ComposeService, v: FieldVar): ConnectionPiece {
  const value = known(v.value);
  return withLazyLoc({ value: value === null ? null : value.replace(/:\d+$/, ''), variable: v.variable.name }, () => valueLoc(service, v.variable));
}

function known(value: string | null): string | null {
  return value === null || value.includes('${') || value === '' ? null : value;
}

function emptyConnection(service: ComposeService, source: 'url' | 'fields', name: string): PostgresConnection {
  return { service, source, name, host: null, port: null, user: null, database: null, password: { kind: 'none', loc: null }, target: null, toShared: false };
}

// ---------------------------------------------------------------- URLs

interface UrlPart {
  value: string;
  /** Offset in the text the URL was parsed from. */
  offset: number;
}

export interface ParsedPostgresUrl {
  host: UrlPart | null;
  port: UrlPart | null;
  user: UrlPart | null;
  database: UrlPart | null;
  password: UrlPart | null;
}

const URL_SCHEME = /^(?:jdbc:)?(?:postgres|postgresql|pgsql)(?:\+[a-z0-9_]+)?:\/\//i;
/** A libpq keyword DSN names the host and a user or database. */
const DSN_HOST = /(^|\s)host\s*=/;
const DSN_USER_OR_DBNAME = /(^|\s)(user|dbname)\s*=/;

/** A postgres URL or libpq keyword DSN, with the offset of each part; null when the text is neither. */
export function parsePostgresUrl(text: string): ParsedPostgresUrl | null {
  // Neither form without these (every variable of every service is asked: most are neither).
  if (!text.includes('://') && !text.includes('=')) return null;
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const scheme = URL_SCHEME.exec(trimmed);
  if (scheme) return shift(parseUrlBody(trimmed, scheme[0].length), lead);
  if (DSN_HOST.test(trimmed) && DSN_USER_OR_DBNAME.test(trimmed)) return shift(parseKeywordDsn(trimmed), lead);
  return null;
}

function shift(url: ParsedPostgresUrl, by: number): ParsedPostgresUrl {
  const move = (p: UrlPart | null) => (p ? { value: p.value, offset: p.offset + by } : null);
  return { host: move(url.host), port: move(url.port), user: move(url.user), database: move(url.database), password: move(url.password) };
}

function parseUrlBody(text: string, start: number): ParsedPostgresUrl {
  const result: ParsedPostgresUrl = { host: null, port: null, user: null, database: null, password: null };
  const rest = text.slice(start);
  const queryAt = rest.indexOf('?');
  const pathAt = rest.indexOf('/');
  const authorityEnd = Math.min(...[pathAt, queryAt, rest.length].filter((n) => n >= 0));
  const authority = rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  let hostStart = 0;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    if (user) result.user = { value: decode(user), offset: start };
    if (colon >= 0 && colon + 1 < userinfo.length) result.password = { value: userinfo.slice(colon + 1), offset: start + colon + 1 };
    hostStart = at + 1;
  }
  const hostPort = authority.slice(hostStart).split(',')[0]!;
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort)!;
  if (portMatch[1]) result.host = { value: decode(portMatch[1]), offset: start + hostStart };
  if (portMatch[2]) result.port = { value: portMatch[2], offset: start + hostStart + portMatch[1]!.length + 1 };
  if (pathAt >= 0 && (queryAt < 0 || pathAt < queryAt)) {
    const dbEnd = queryAt >= 0 ? queryAt : rest.length;
    const db = rest.slice(pathAt + 1, dbEnd);
    if (db) result.database = { value: decode(db), offset: start + pathAt + 1 };
  }
  if (queryAt >= 0) {
    let offset = start + queryAt + 1;
    for (const param of rest.slice(queryAt + 1).split('&')) {
      const eq = param.indexOf('=');
      const key = eq >= 0 ? param.slice(0, eq) : param;
      const value = { value: decode(param.slice(eq + 1)), offset: offset + eq + 1 };
      if (eq >= 0 && value.value !== '') {
        if (key === 'user') result.user = value;
        else if (key === 'password') result.password = value;
        else if (key === 'host') result.host = value;
        else if (key === 'port') result.port = value;
        else if (key === 'dbname') result.database = value;
      }
      offset += param.length + 1;
    }
  }
  return result;
}

function parseKeywordDsn(text: string): ParsedPostgresUrl {
  const result: ParsedPostgresUrl = { host: null, port: null, user: null, database: null, password: null };
  const pair = /(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    const quoted = m[2]!.startsWith("'");
    const value = { value: quoted ? m[2]!.slice(1, -1) : m[2]!, offset: m.index + m[0].length - m[2]!.length + (quoted ? 1 : 0) };
    const key = m[1]!.toLowerCase();
    if (key === 'host') result.host = value;
    else if (key === 'port') result.port = value;
    else if (key === 'user') result.user = value;
    else if (key === 'dbname') result.database = value;
    else if (key === 'password') result.password = value;
  }
  return result;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function urlConnection(service: ComposeService, variable: EnvVar, value: string, url: ParsedPostgresUrl): PostgresConnection {
  // Offsets are in the interpolated value; they are positions in the file only when the raw text is the same up to there.
  const raw = variable.raw ?? '';
  const locOf = (part: UrlPart | null): SourceLoc | null => {
    if (!part) return null;
    const sameSoFar = raw.slice(0, part.offset + part.value.length) === value.slice(0, part.offset + part.value.length);
    const rawUrl = sameSoFar ? null : parsePostgresUrl(raw);
    const rawPart = rawUrl ? (rawUrl as unknown as Record<string, UrlPart | null>)[partName(url, part)] : null;
    if (sameSoFar) return valueLoc(service, variable, part.offset);
    if (rawPart) return valueLoc(service, variable, rawPart.offset);
    return valueLoc(service, variable);
  };
  const pieceOf = (part: UrlPart | null): ConnectionPiece | null =>
    part ? withLazyLoc({ value: known(part.value), variable: variable.name }, () => locOf(part)) : null;
  const password = url.password;
  return {
    service,
    source: 'url',
    name: variable.name,
    host: pieceOf(url.host),
    port: pieceOf(url.port),
    user: pieceOf(url.user),
    database: pieceOf(url.database),
    password: password
      ? withLazyLoc({ kind: password.value.includes('${') || hasVariable(rawPasswordText(raw) ?? password.value) ? 'variable' : 'literal' } as const, () =>
          locOf(password),
        )
      : { kind: 'none', loc: null },
    target: null,
    toShared: false,
  };
}

function partName(url: ParsedPostgresUrl, part: UrlPart): keyof ParsedPostgresUrl {
  return (Object.keys(url) as (keyof ParsedPostgresUrl)[]).find((k) => url[k] === part)!;
}

/** The password as written in the raw (uninterpolated) URL, to tell `${VAR}` from a literal. */
function rawPasswordText(raw: string): string | null {
  return parsePostgresUrl(raw)?.password?.value ?? null;
}
