// The database view of the host: Postgres-family containers and which one is the shared instance.
// Connections, init scripts and the privilege matrix are added here by the database rules' model.
import type { ComposeService, DatabaseModel, HostModel } from '../types';
import { parseImage } from '../util/image';

/** Postgres-family images (normalised by parseImage: no docker.io/, no library/, no tag). */
const POSTGRES_IMAGES = [
  /^postgres$/,
  /^postgis\/postgis$/,
  /^pgvector\/pgvector$/,
  /^timescale\/timescaledb(-ha|-postgis)?$/,
  /^supabase\/postgres$/,
  /^bitnami\/postgresql(-repmgr)?$/,
  /^ankane\/pgvector$/,
  /^tensorchord\/pgvecto-rs$/,
  /^(ghcr\.io\/)?cloudnative-pg\/postgresql$/,
  /^apache\/age$/,
  /^paradedb\/paradedb$/,
];

export function isPostgresImage(image: string | null): boolean {
  if (!image || image.includes('${')) return false;
  const name = parseImage(image).name;
  return POSTGRES_IMAGES.some((re) => re.test(name));
}

export async function buildDatabaseModel(model: HostModel): Promise<DatabaseModel> {
  const active = model.services.filter((s) => !s.stack.archived);
  const postgres = active.filter((s) => isPostgresImage(s.image));
  return { postgres, shared: pickShared(model, postgres) };
}

/** The shared instance: the policy's database.postgres service, or the single one in core-infra/. */
function pickShared(model: HostModel, postgres: ComposeService[]): ComposeService | null {
  const wanted = model.policy.database.postgres;
  if (wanted) {
    const named = postgres.find((s) => s.name === wanted.service || s.containerName === wanted.service);
    if (named) return named;
  }
  const capability = wanted?.capability ?? 'core-infra';
  const inCapability = postgres.filter((s) => s.serviceDir?.capability?.name === capability || relTop(model, s) === capability);
  return inCapability.length === 1 ? inCapability[0]! : null;
}

function relTop(model: HostModel, service: ComposeService): string {
  const rel = service.stack.dir.slice(model.root.length + 1);
  return rel.split(/[\\/]/)[0] ?? '';
}
