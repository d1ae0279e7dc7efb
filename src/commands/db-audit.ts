// svclint db-audit --url URL: read a live server's catalog (read-only queries: roles and their
// attributes, memberships, database owners, ACLs and extensions) and judge it with the same
// database rules as the init scripts, against the allocation table of the config. Findings are
// located at the server (roles) or at server/database. The `pg` driver loads only here. The
// password comes from the URL or PGPASSWORD and is never printed: messages name the server as
// user@host:port/database.
import { UsageError } from '../errors';
import { attachProvenance, catalogFromJson, catalogQuery, EXTENSIONS_QUERY } from '../database/catalog-query';
import { Catalog } from '../database/initdb/catalog';
import { matrixOf } from '../database/initdb';
import { emptyDatabaseModel } from '../database/model';
import { selectRules, parseRuleFlags } from '../engine/levels';
import { configKeyDescriber, describeFailure, resolveTarget, runRules } from '../engine/lint';
import { builtInRules } from '../engine/registry';
import { renderData, renderMessage } from '../engine/render';
import { FORMAT_NAMES, getFormatter } from '../format';
import type { CommandContext } from '../cli/main';
import { maxWarnings as parseMaxWarnings, oneOf } from '../cli/values';
import type { ComposeService } from '../compose/types';
import type { Finding, LintResult } from '../engine/types';
import type { SourceLoc } from '../files/types';
import type { HostModel } from '../model/types';
import { VERSION } from '../version';

/** The rules that read a catalog (the others read compose files). */
export const AUDIT_RULES = ['initdb-missing', 'initdb-public-connect', 'initdb-cross-grant', 'isolated-store'];
/** Per query; the whole audit is a handful of queries. */
const STATEMENT_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 10_000;
/** Databases whose extensions are read (one connection each). */
const MAX_EXTENSION_DATABASES = 200;

export async function runDbAudit({ args, flags, io, output }: CommandContext): Promise<number> {
  const url = flags.string('url');
  if (!url || args.length > 0) throw new UsageError('usage: svclint db-audit --url postgresql://USER@HOST:PORT/DATABASE (password from the URL or PGPASSWORD)');
  const format = oneOf('--format', flags.string('format') ?? 'stylish', FORMAT_NAMES);
  const maxWarnings = parseMaxWarnings(flags.string('max-warnings'));
  const target = resolveTarget('.', io.cwd, flags.string('config') ?? null);
  const server = describeServer(url);
  const catalog = await readServer(url, io.env, server);
  const model = auditModel(catalog, server, target.policy, io.cwd);
  const levels = parseRuleFlags(flags.list('rule'));
  const rules = builtInRules();
  const selection = selectRules(rules, {
    configLevels: target.policy.rules,
    configOptions: new Map(),
    cliLevels: levels,
    groups: null,
    describeConfigKey: configKeyDescriber(target.policy, io.cwd),
  }).filter(({ registered }) => AUDIT_RULES.includes(registered.info.id));
  const { findings: raw, failures } = await runRules(model, selection);
  for (const failure of failures) throw new Error(describeFailure(failure, io.cwd));
  let findings: Finding[] = raw.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    // A server finding's path is the server (user@host:port/database), not a file: kept as it is.
    path: f.path,
    // Server findings have no line: they are about a role or a database, not a file.
    line: f.line ? f.line : null,
    column: f.line ? f.column : null,
    message: renderMessage(f.message, io.cwd),
    fix: f.fix ? renderMessage(f.fix, io.cwd) : null,
    messageId: f.message.id,
    ...(Object.keys(f.message.data).length > 0 ? { data: renderData(f.message.data, io.cwd) } : {}),
  }));
  findings.sort((a, b) =>
    a.path === b.path ? (a.rule === b.rule ? a.message.localeCompare(b.message) : a.rule.localeCompare(b.rule)) : a.path.localeCompare(b.path),
  );
  if (flags.bool('quiet')) findings = findings.filter((f) => f.severity === 'error');
  const result: LintResult = {
    root: server.display,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      services: 0,
      stacks: 0,
    },
    // No tree: the formats' tree, plan and memory views have nothing to show.
    model: null,
    failures: [],
    rules: rules.map((r) => r.info),
  };
  const formatter = await getFormatter(format);
  output.write(formatter([result], { cwd: io.cwd, version: VERSION, rules: rules.map((r) => r.info), color: output.color(flags.bool('color')) }));
  if (result.summary.errors > 0) return 1;
  if (maxWarnings >= 0 && result.summary.warnings > maxWarnings) {
    io.stderr(`svclint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

interface ServerName {
  /** user@host:port/database, never the password. */
  display: string;
  /** user@host:port: where cluster-wide findings (roles) go. */
  cluster: string;
}

/** The URL's parts (libpq's URI form, also `postgresql://user@/db?host=/socket/dir`). */
function parseUrl(url: string): { user: string; password: string; host: string; database: string } | null {
  const m = /^postgres(?:ql)?:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(?:\/([^?]*))?(?:\?(.*))?$/.exec(url.trim());
  if (!m) return null;
  const decode = (text: string | undefined): string => {
    try {
      return decodeURIComponent(text ?? '');
    } catch {
      return text ?? '';
    }
  };
  const params = new URLSearchParams(m[5] ?? '');
  return {
    user: decode(m[1]) || params.get('user') || '',
    password: decode(m[2]),
    host: decode(m[3]) || params.get('host') || 'localhost',
    database: decode(m[4]) || params.get('dbname') || '',
  };
}

/** The URL as svclint may print it. */
export function describeServer(url: string): ServerName {
  const parts = parseUrl(url);
  if (!parts) throw new UsageError('db-audit: --url must be a postgresql:// URL (postgresql://USER@HOST:PORT/DATABASE)');
  const cluster = `${parts.user ? `${parts.user}@` : ''}${parts.host}`;
  return { display: `${cluster}/${parts.database || parts.user || 'postgres'}`, cluster };
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}

async function readServer(url: string, env: NodeJS.ProcessEnv, server: ServerName): Promise<Catalog> {
  const { default: pg } = (await import('pg')) as unknown as { default: { Client: new (config: object) => PgClient } };
  const connect = async (database: string | null): Promise<PgClient> => {
    const config: Record<string, unknown> = {
      connectionString: url,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      query_timeout: STATEMENT_TIMEOUT_MS + 2_000,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'svclint db-audit',
    };
    if (database) config.database = database;
    if (!parseUrl(url)?.password && env.PGPASSWORD) config.password = env.PGPASSWORD;
    const client = new pg.Client(config);
    client.on('error', () => {
      // A dropped connection surfaces on the next query; never crash on the event.
    });
    await client.connect();
    // Read-only: every statement of the session, whatever it is, cannot write.
    await client.query('SET default_transaction_read_only = on');
    return client;
  };
  let client: PgClient;
  try {
    client = await connect(null);
  } catch (error) {
    throw new UsageError(`db-audit: cannot connect to ${server.display}: ${oneLine(error, url)}`);
  }
  try {
    const version = Number((await client.query('SHOW server_version_num')).rows[0]!.server_version_num);
    if (version < 130000) throw new UsageError(`db-audit: ${server.display} runs PostgreSQL ${Math.floor(version / 10000)}; db-audit supports 13 to 18`);
    const json = (await client.query(catalogQuery(version))).rows[0]!.json_build_object;
    const catalog = catalogFromJson(json);
    const databases = [...catalog.databases.values()].filter((db) => db.allowConnections && !db.builtin).slice(0, MAX_EXTENSION_DATABASES);
    for (const db of databases) {
      let other: PgClient | null = null;
      try {
        other = await connect(db.name);
        const names = (await other.query(EXTENSIONS_QUERY)).rows[0]!.coalesce as string[];
        db.extensions = names.filter((n) => n !== 'plpgsql').map((name) => ({ name, loc: null as unknown as SourceLoc }));
      } catch {
        // No CONNECT on it for this role: its extensions stay unknown.
      } finally {
        await other?.end().catch(() => undefined);
      }
    }
    return catalog;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`db-audit: reading the catalog of ${server.display} failed: ${oneLine(error, url)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One line, with the URL's password (if the driver ever repeats it) removed. */
function oneLine(error: unknown, url: string): string {
  let message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  const password = parseUrl(url)?.password ?? '';
  if (password) message = message.split(password).join('***');
  return message || 'connection refused';
}

/**
 * A host model holding only the server's catalog, for the catalog rules: roles are located at
 * the server, databases at server/database.
 */
function auditModel(catalog: Catalog, server: ServerName, policy: HostModel['policy'], cwd: string): HostModel {
  const at = (file: string): SourceLoc => ({ file, line: 0, column: 0 });
  const replayed = new Catalog(catalog.version, catalog.bootstrap);
  for (const role of catalog.roles.values())
    replayed.roles.set(role.name, {
      ...role,
      createdAt: at(server.cluster),
      superuserAt: at(server.cluster),
      memberOf: new Map([...role.memberOf].map(([p, m]) => [p, { ...m, loc: at(server.cluster) }])),
    });
  for (const db of catalog.databases.values()) {
    const here = at(`${server.cluster}/${db.name}`);
    replayed.databases.set(db.name, {
      ...db,
      createdAt: here,
      ownerAt: here,
      publicChangedAt: here,
      acl: db.acl?.map((i) => ({ ...i, loc: here })) ?? null,
      extensions: db.extensions.map((e) => ({ ...e, loc: here })),
    });
  }
  attachProvenance(catalog, replayed, at(server.cluster));
  const pseudo = {
    name: 'postgres',
    loc: at(server.cluster),
    image: null,
    stack: { file: server.cluster, dir: cwd, archived: false, services: [], locate: () => null },
    environment: [],
  } as unknown as ComposeService;
  const database = {
    ...emptyDatabaseModel(),
    postgres: [pseudo],
    shared: pseudo,
    superusers: [catalog.bootstrap],
    matrix: matrixOf({ catalog, stop: null, lost: [], unevaluated: [] }, 'server'),
    audit: { server: server.display },
  };
  return { root: cwd, cwd, policy, services: [], stacks: [], serviceDirs: [], database } as unknown as HostModel;
}
