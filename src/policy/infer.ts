// `svclint init`: what a starter config can say about a tree, read from its host model (built with
// the recommended policy alone). Only what is there: capability folders, services and systems
// recognised, the database allocation table from init scripts and connections (a guess where only
// one side shows it), the memory the stacks add up to, a docs folder. Pure data; init renders it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { memoryBudget } from '../model/memory';
import type { ComposeService } from '../compose/types';
import type { PostgresConnection } from '../database/types';
import type { HostModel, ServiceDir } from '../model/types';
import { displayPath } from '../util/paths';

export interface InferredCapability {
  name: string;
  /** Service folders in it. */
  services: string[];
  /** Compose services of the stack at its top. */
  stackServices: string[];
}

export interface InferredAllocation {
  service: string;
  database: string;
  role: string;
  /** Where it comes from, for the comment. */
  source: string;
  /** Only one side (a connection or the init scripts) shows it, or a value was filled in. */
  guess: boolean;
}

export interface InferredSystem {
  name: string;
  capability: string;
  members: string[];
  /** Built in (recommended) and found here, or grouped by a shared name prefix. */
  builtIn: boolean;
}

export interface InferredConfig {
  /** The root relative to the config's folder, `/` separators ('.' for the folder itself). */
  root: string;
  /** Built-in capability folders found. */
  builtInCapabilities: InferredCapability[];
  /** Folders used as capabilities that the policy does not declare: declared by init. */
  newCapabilities: InferredCapability[];
  /** Folders that look like capabilities but only hold services the catalog places elsewhere. */
  notCapabilities: { name: string; reason: string }[];
  /** Services the built-in catalog knows, by canonical name, with their capability. */
  recognised: { name: string; capability: string }[];
  /** Services in a new capability folder: added to the placement table there. */
  placed: { name: string; capability: string }[];
  /** Service folders no rule places (directly under the root, in catch-all or technology folders). */
  unplaced: string[];
  systems: InferredSystem[];
  postgres: { service: string; capability: string; note: string } | null;
  /** Why no shared Postgres is declared (several instances, none in core-infra/), or null. */
  postgresNote: string | null;
  allocations: InferredAllocation[];
  /** Connections and databases that did not become an entry, and why. */
  allocationNotes: string[];
  memory: { declared: number; estimated: number; total: number; unknown: string[] } | null;
  docs: string[];
}

export function inferConfig(model: HostModel, configDir: string): InferredConfig {
  const builtInCapabilities: InferredCapability[] = [];
  const newCapabilities: InferredCapability[] = [];
  const notCapabilities: InferredConfig['notCapabilities'] = [];
  const servicesIn = (name: string) => model.serviceDirs.filter((d) => d.capability?.name === name && d.parentKind === 'capability');
  for (const cap of model.capabilityDirs) {
    const dirs = servicesIn(cap.name);
    const services = dirs.map((d) => d.name);
    const stackServices = model.stacks.filter((s) => s.dir === cap.abs).flatMap((s) => s.services.map((c) => c.name));
    if (cap.declared) {
      builtInCapabilities.push({ name: cap.name, services, stackServices });
      continue;
    }
    // archon/ holding archon-server and archon-ui is not a capability: the catalog places them in memory-orchestration/.
    const elsewhere = dirs.filter((d) => d.classification.capability !== null && d.classification.capability !== cap.name);
    if (dirs.length > 0 && elsewhere.length === dirs.length) {
      const targets = [...new Set(elsewhere.map((d) => d.classification.capability!))];
      notCapabilities.push({ name: cap.name, reason: `its services belong in ${targets.map((t) => `${t}/`).join(', ')} (placement table)` });
    } else {
      newCapabilities.push({ name: cap.name, services, stackServices });
    }
  }
  const newNames = new Set(newCapabilities.map((c) => c.name));

  const recognised = new Map<string, string>();
  const placed: InferredConfig['placed'] = [];
  const unplaced: string[] = [];
  for (const dir of model.serviceDirs) {
    const { capability, canonicalName } = dir.classification;
    if (capability !== null && dir.classification.catalog) recognised.set(canonicalName, capability);
    else if (capability === null && dir.capability && newNames.has(dir.capability.name) && dir.parentKind === 'capability')
      placed.push({ name: dir.name, capability: dir.capability.name });
    else if (capability === null && (dir.parentKind === 'root' || dir.parentKind === 'catch-all' || dir.parentKind === 'technology')) unplaced.push(dir.rel);
  }

  const { postgres, postgresNote } = sharedPostgres(model);
  const { allocations, notes } = inferAllocations(model);
  const docsDir = path.join(configDir, 'docs');
  return {
    root: displayPath(model.root, configDir),
    builtInCapabilities,
    newCapabilities,
    notCapabilities,
    recognised: [...recognised].map(([name, capability]) => ({ name, capability })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    placed,
    unplaced,
    systems: inferSystems(model, new Set([...newNames, ...builtInCapabilities.map((c) => c.name)])),
    postgres,
    postgresNote,
    allocations,
    allocationNotes: notes,
    memory: memoryTotals(model),
    docs: existsSync(docsDir) ? ['docs/**/*.md'] : [],
  };
}

/** The shared Postgres as the model sees it: declared only when it is not a pick among equals. */
function sharedPostgres(model: HostModel): { postgres: InferredConfig['postgres']; postgresNote: string | null } {
  const { shared, postgres } = model.database;
  if (!shared) {
    if (postgres.length === 0) return { postgres: null, postgresNote: null };
    const names =
      postgres
        .slice(0, 5)
        .map((p) => `${p.name} in ${displayPath(p.stack.dir, model.root)}/`)
        .join(', ') + (postgres.length > 5 ? ', …' : '');
    return {
      postgres: null,
      postgresNote: `${postgres.length} Postgres containers (${names}) and none is the shared one in core-infra/: declare the one that is (database.postgres), or move it there`,
    };
  }
  const capability = model.policy.database.postgres?.capability ?? 'core-infra';
  const where = displayPath(shared.stack.file, model.root);
  return { postgres: { service: shared.name, capability, note: `found in ${where}` }, postgresNote: null };
}

function inferAllocations(model: HostModel): { allocations: InferredAllocation[]; notes: string[] } {
  const { connections, matrix, superusers } = model.database;
  const createdRoles = new Set(matrix?.roles.filter((r) => r.created).map((r) => r.name) ?? []);
  const createdDatabases = new Set(matrix?.databases.filter((d) => d.created).map((d) => d.name) ?? []);
  const scripts = [...new Set(model.database.initScripts.filter((s) => s.postgres === model.database.shared).map((s) => path.basename(s.file)))];
  const scriptNames = scripts.length > 0 ? scripts.join(', ') : 'no init script';
  const allocations: InferredAllocation[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const usedDatabases = new Set<string>();
  for (const connection of connections) {
    if (!connection.toShared) continue;
    const service = allocationName(connection.service);
    const role = connection.user?.value ?? null;
    if (role !== null && superusers.includes(role)) {
      const database = connection.database?.value ?? null;
      if (database !== null) usedDatabases.add(database);
      const own = (database !== null ? (matrix?.grantedConnectors(database) ?? []) : []).filter((r) => !superusers.includes(r));
      notes.push(
        own.length === 1
          ? `${service} connects${database ? ` to ${database}` : ''} as the superuser '${role}' (postgres-superuser); the init scripts give ${own[0]} access to it: switch ${service} to that role and add - { service: ${service}, database: ${database}, role: ${own[0]} }`
          : `${service} connects${database ? ` to ${database}` : ''} as the superuser '${role}' (postgres-superuser): give it a role of its own, then its entry`,
      );
      continue;
    }
    if (role === null) {
      notes.push(
        `${service}: the role comes from ${connection.user ? `\${${connection.user.variable}}` : 'nowhere svclint can read'} (not known here): add its entry`,
      );
      continue;
    }
    const { database, defaulted } = databaseOf(connection, role);
    if (database === null) {
      notes.push(`${service}: the database comes from \${${connection.database!.variable}} (not known here): add its entry`);
      continue;
    }
    const key = `${service}\u0000${database}\u0000${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const variables = [...new Set([connection.user?.variable, connection.database?.variable].filter(Boolean))].join(', ') || connection.name;
    const inScripts = createdRoles.has(role) && createdDatabases.has(database);
    const missing = [!createdRoles.has(role) && `role ${role}`, !createdDatabases.has(database) && `database ${database}`].filter(Boolean).join(' and ');
    allocations.push({
      service,
      database,
      role,
      source: inScripts
        ? `${variables} of ${service}; created in ${scriptNames}`
        : `${variables} of ${service}${defaulted ? ` (database defaults to the role)` : ''}; ${scriptNames === 'no init script' ? 'no init script creates it' : `${scriptNames} does not create ${missing}`}`,
      guess: !inScripts || defaulted,
    });
  }
  // Databases the scripts create that no service connects to.
  for (const a of allocations) usedDatabases.add(a.database);
  for (const database of createdDatabases) {
    if (usedDatabases.has(database)) continue;
    const owner = matrix?.databases.find((d) => d.name === database)?.owner;
    notes.push(
      `database ${database}${owner ? ` (owner ${owner})` : ''} is created by ${scriptNames}, but no service connects to it: add its entry when one does`,
    );
  }
  // Two services sharing a role: the table allows it only with one database, which the seed does (planner-api and memory-gateway).
  const byRole = new Map<string, InferredAllocation[]>();
  for (const a of allocations) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a]);
  for (const [role, list] of byRole) {
    if (new Set(list.map((a) => a.service)).size < 2) continue;
    for (const a of list) {
      a.guess = true;
      a.source += `; shares role ${role} with ${list
        .filter((o) => o !== a)
        .map((o) => o.service)
        .join(', ')}: keep both entries only if they are meant to share it`;
    }
  }
  return { allocations, notes };
}

/** The name an allocation entry uses for a compose service: its folder's canonical name when it is the folder's service. */
function allocationName(service: ComposeService): string {
  const dir: ServiceDir | null = service.serviceDir;
  return dir && dir.primary === service ? dir.classification.canonicalName : service.name;
}

/** The database a connection uses; libpq's default is the role's name when none is given. */
function databaseOf(connection: PostgresConnection, role: string): { database: string | null; defaulted: boolean } {
  if (!connection.database) return { database: role, defaulted: true };
  return { database: connection.database.value, defaulted: false };
}

function inferSystems(model: HostModel, capabilities: Set<string>): InferredSystem[] {
  const present = new Set(model.serviceDirs.map((d) => d.classification.canonicalName));
  const systems: InferredSystem[] = model.policy.systems
    .filter((s) => s.members.some((m) => present.has(m)))
    .map((s) => ({ name: s.name, capability: s.capability, members: s.members.filter((m) => present.has(m)), builtIn: true }));
  const inSystem = new Set(model.policy.systems.flatMap((s) => s.members));
  // Folders of one capability sharing a name prefix (`mail-relay`, `mail-archive`) usually belong together.
  const groups = new Map<string, { capability: string; prefix: string; members: string[] }>();
  for (const dir of model.serviceDirs) {
    if (dir.parentKind !== 'capability' || !dir.capability || !capabilities.has(dir.capability.name)) continue;
    const prefix = /^([a-z0-9]+)-[a-z0-9-]+$/.exec(dir.name)?.[1];
    if (!prefix || inSystem.has(dir.classification.canonicalName)) continue;
    const key = `${dir.capability.name}/${prefix}`;
    const group = groups.get(key) ?? { capability: dir.capability.name, prefix, members: [] };
    group.members.push(dir.name);
    groups.set(key, group);
  }
  const taken = new Set(systems.map((s) => s.name));
  for (const group of groups.values()) {
    if (group.members.length < 2 || taken.has(group.prefix)) continue;
    taken.add(group.prefix);
    systems.push({ name: group.prefix, capability: group.capability, members: group.members.sort(), builtIn: false });
  }
  return systems;
}

/** What memory-budget adds up: declared limits, and the catalog's estimates where there is none. */
function memoryTotals(model: HostModel): InferredConfig['memory'] {
  const { usages, declared, estimated, total } = memoryBudget(model);
  if (usages.length === 0) return null;
  const unknown = usages.filter((u) => u.bytes === null).map((u) => u.service.name);
  return { declared, estimated, total, unknown };
}
