// Helpers shared by the Database rules, on the public API: how to name things in messages and fixes.
import {
  pathValue,
  textValue,
  type ComposeService,
  type HostModel,
  type MessageValue,
  type PostgresConnectionView,
  type RuleContext,
  type SourceLoc,
} from '../../src/api';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Context = Pick<RuleContext<any, any>, 'model' | 'allocations'>;

const SQL_KEYWORDS = new Set([
  'all',
  'user',
  'public',
  'role',
  'group',
  'order',
  'table',
  'select',
  'grant',
  'database',
  'default',
  'to',
  'from',
  'with',
  'owner',
]);

/** A SQL identifier as it must be written: bare when Postgres keeps it as is, double-quoted otherwise. */
export function sqlIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !SQL_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** `<service>_user`: the role name a service gets when the table names none. */
export function ownRole(service: ComposeService): string {
  return `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_user`;
}

/** The role a service should log in with: its allocation's, else `<service>_user`. */
export function roleFor(context: Context, service: ComposeService): string {
  return context.allocations(service)[0]?.allocation.role ?? ownRole(service);
}

/** The database a service should use: its allocation's, else the one it names, else its own name. */
export function databaseFor(context: Context, service: ComposeService, connection?: PostgresConnectionView): string {
  return context.allocations(service)[0]?.allocation.database ?? connection?.database?.value ?? service.name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

export function sharedConnections(model: HostModel): readonly PostgresConnectionView[] {
  return model.database.connections.filter((c) => c.toShared);
}

/** The init script a fix should go into (message data): the shared instance's first script, or the folder to create. */
export function initScriptHint(model: HostModel): MessageValue {
  const first = model.database.initScripts.find((s) => s.postgres === model.database.shared);
  if (first) return textValue("in '", pathValue(first.file), "'");
  return 'in an init script mounted at /docker-entrypoint-initdb.d';
}

/** The SQL that gives a service its own role and database, closed to everyone else. */
export function provisionSql(role: string, database: string): string {
  const r = sqlIdent(role);
  const d = sqlIdent(database);
  return `CREATE ROLE ${r} WITH LOGIN PASSWORD '…'; CREATE DATABASE ${d} OWNER ${r}; REVOKE ALL ON DATABASE ${d} FROM PUBLIC;`;
}

/** "Set DB_USER to 'x'" or "Use 'x' as the user in DATABASE_URL". */
export function setPiece(connection: PostgresConnectionView, piece: 'user' | 'database' | 'host', value: string): string {
  const variable = connection[piece]?.variable ?? connection.name;
  return connection.source === 'url' ? `Use '${value}' as the ${piece} in ${variable}` : `Set ${variable} to '${value}'`;
}

/** Where a finding about the shared Postgres's init as a whole goes: its init mount, else its service key. */
export function initScriptLoc(model: HostModel): SourceLoc | null {
  const shared = model.database.shared;
  if (!shared) return null;
  const mount =
    model.database.initMounts.find((m) => m.postgres === shared && m.files.length > 0) ?? model.database.initMounts.find((m) => m.postgres === shared);
  return mount?.loc ?? shared.loc;
}
