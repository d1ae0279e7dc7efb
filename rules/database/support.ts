// Helpers shared by the Database rules: how to name things in messages and fixes.
import type { ComposeService, HostModel, PostgresConnection, SourceLoc } from '../../src/types';
import { allocationsFor } from '../../src/database/model';

import { where } from '../support';

const SQL_KEYWORDS = new Set(['all', 'user', 'public', 'role', 'group', 'order', 'table', 'select', 'grant', 'database', 'default', 'to', 'from', 'with', 'owner']);

/** A SQL identifier as it must be written: bare when Postgres keeps it as is, double-quoted otherwise. */
export function sqlIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !SQL_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** The role a service should log in with: its allocation's, else `<service>_user`. */
export function roleFor(service: ComposeService, model: HostModel): string {
  return allocationsFor(service, model)[0]?.allocation.role ?? `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_user`;
}

/** The database a service should use: its allocation's, else the one it names, else its own name. */
export function databaseFor(service: ComposeService, model: HostModel, connection?: PostgresConnection): string {
  return allocationsFor(service, model)[0]?.allocation.database ?? connection?.database?.value ?? service.name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

export function sharedConnections(model: HostModel): PostgresConnection[] {
  return model.database.connections.filter((c) => c.toShared);
}

/** The init script a fix should go into: the shared instance's first script, or the folder to create. */
export function initScriptHint(model: HostModel): string {
  const first = model.database.initScripts.find((s) => s.postgres === model.database.shared);
  if (first) return `in '${where(model, null, first.file)}'`;
  return 'in an init script mounted at /docker-entrypoint-initdb.d';
}

/** The SQL that gives a service its own role and database, closed to everyone else. */
export function provisionSql(role: string, database: string): string {
  const r = sqlIdent(role);
  const d = sqlIdent(database);
  return `CREATE ROLE ${r} WITH LOGIN PASSWORD '…'; CREATE DATABASE ${d} OWNER ${r}; REVOKE ALL ON DATABASE ${d} FROM PUBLIC;`;
}

/** "Set DB_USER to 'x'" or "Use 'x' as the user in DATABASE_URL". */
export function setPiece(connection: PostgresConnection, piece: 'user' | 'database' | 'host', value: string): string {
  const variable = connection[piece]?.variable ?? connection.name;
  return connection.source === 'url' ? `Use '${value}' as the ${piece} in ${variable}` : `Set ${variable} to '${value}'`;
}

/** Where a finding about the shared Postgres's init as a whole goes: its init mount, else its service key. */
export function initScriptLoc(model: HostModel): SourceLoc | null {
  const shared = model.database.shared;
  if (!shared) return null;
  const mount = model.database.initMounts.find((m) => m.postgres === shared && m.files.length > 0) ?? model.database.initMounts.find((m) => m.postgres === shared);
  return mount?.loc ?? shared.loc;
}
