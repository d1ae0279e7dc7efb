import type { ComposeService } from '../compose/types';
import type { SourceLoc } from '../files/types';
import type { InitScript, PrivilegeMatrix } from './initdb/types';
export interface DatabaseModel {
    /** Postgres-family compose services across active stacks. */
    postgres: ComposeService[];
    /** The shared one (policy's database.postgres, or the single one in core-infra/). */
    shared: ComposeService | null;
    /** Role names that are the shared Postgres's superuser: 'postgres' and its POSTGRES_USER when known. */
    superusers: string[];
    /** How each active compose service reaches Postgres, read from its environment. */
    connections: PostgresConnection[];
    /** Bind mounts onto /docker-entrypoint-initdb.d of every active Postgres-family service. */
    initMounts: InitMount[];
    /** The init scripts those mounts give the image, in run order per instance. */
    initScripts: InitScriptFile[];
    /** Who can connect where once the shared instance's init scripts ran (null: no shared instance). */
    matrix: PrivilegeMatrix | null;
    /** Set when --initdb-exec ran the scripts on a real server (the matrix is then the server's catalog). */
    exec?: {
        mode: 'local' | 'docker';
        serverVersion: number;
        imageVersion: number | null;
        image: string | null;
        millis: number;
    } | null;
    /** Set by db-audit: the matrix is a live server's catalog (named user@host:port/database). */
    audit?: {
        server: string;
    };
    /** Vector, graph and cache stores (and Postgres instances) among active services, by image. */
    stores: DataStore[];
    /** Every named-volume and bind mount of every active service (for sharing checks). */
    volumes: VolumeMount[];
    [extra: string]: unknown;
}
/** One piece of a connection (host, user, database...), as the environment gives it. */
export interface ConnectionPiece {
    /** Interpolated value; null when unknown (an unresolved `${VAR}` is never guessed). */
    value: string | null;
    /** The environment variable it comes from. */
    variable: string;
    /** Where the piece is: inside the URL when it can be located there, else the variable's value. */
    loc: SourceLoc | null;
}
export interface PostgresConnection {
    service: ComposeService;
    /** A URL (DATABASE_URL, libpq keyword DSN too) or a group of variables sharing a prefix (DB_HOST, DB_USER...). */
    source: 'url' | 'fields';
    /** The URL's variable, or the group's prefix ('DB', 'DB_POSTGRESDB', 'PG'). */
    name: string;
    host: ConnectionPiece | null;
    port: ConnectionPiece | null;
    user: ConnectionPiece | null;
    database: ConnectionPiece | null;
    /** How the password is given; its text is never kept. */
    password: {
        kind: 'literal' | 'variable' | 'none';
        loc: SourceLoc | null;
    };
    /** The Postgres-family service the host names (null: unknown, or a server outside this tree). */
    target: ComposeService | null;
    /** The target is the shared instance. */
    toShared: boolean;
}
export interface InitMount {
    /** The Postgres-family service that mounts it. */
    postgres: ComposeService;
    /** The volume entry in the compose file. */
    loc: SourceLoc | null;
    /** Absolute host path of the bind source (null for a named volume, which svclint cannot read). */
    source: string | null;
    /** What the source is on disk: a folder, a single file, missing (Docker creates an empty folder), or a named volume. */
    kind: 'dir' | 'file' | 'missing' | 'volume';
    /** Files the image runs from it, in name order. */
    files: string[];
    /** Sub-directories: the image does not run the files inside them. */
    skippedDirs: string[];
    /** The mount's path inside the container (a single file's name there decides its turn). */
    target?: string;
}
export interface InitScriptFile {
    /** Absolute path. */
    file: string;
    /** The text (decompressed for .sql.gz); null when unreadable. */
    text: string | null;
    script: InitScript;
    /** The Postgres-family service that runs it. */
    postgres: ComposeService;
    mount: InitMount;
}
export type StoreKind = 'postgres' | 'vector' | 'graph' | 'cache';
export interface DataStore {
    service: ComposeService;
    kind: StoreKind;
    /** Product name: 'qdrant', 'neo4j', 'valkey', 'pgvector'... */
    product: string;
}
export interface VolumeMount {
    service: ComposeService;
    kind: 'volume' | 'bind';
    /** Identity on the host: the named volume's Docker name (project-scoped unless `name:`/external), or the absolute bind path. */
    key: string;
    /** As written (volume key or bind source). */
    source: string;
    target: string;
    readOnly: boolean;
    loc: SourceLoc | null;
}
