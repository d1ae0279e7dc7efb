import type { ComposeService, Stack } from '../compose/types';
import type { DataStore, StoreKind, VolumeMount } from './types';
/** Extensions that put vector or graph data in Postgres. */
export declare const VECTOR_GRAPH_EXTENSIONS: Map<string, string>;
export declare function storeOf(image: string | null): {
    kind: Exclude<StoreKind, 'postgres'>;
    product: string;
} | null;
/** The vector/graph product a Postgres image bundles (pgvector/pgvector -> 'pgvector'), or null. */
export declare function postgresVectorProduct(image: string | null): string | null;
export declare function buildStores(active: ComposeService[], postgres: ComposeService[]): DataStore[];
/** Docker Compose's project name: the stack's `name:`, else its folder name, normalised. */
export declare function projectName(stack: Stack): string;
/** One `volumes:` entry (short or long syntax) of a service, with its source resolved; null for anonymous volumes and tmpfs. */
export declare function readVolume(service: ComposeService, entry: unknown, index: number): VolumeMount | null;
export declare function serviceVolumes(service: ComposeService): VolumeMount[];
/** Host paths that are not data (the Docker socket, time zone, system folders). */
export declare function isSystemPath(abs: string): boolean;
/** Whether two mounts reach the same data: the same named volume, or bind paths where one holds the other. */
export declare function sameData(a: VolumeMount, b: VolumeMount): boolean;
/** Docker names of the networks a service is attached to (its project's default network when none is listed). */
export declare function serviceNetworks(service: ComposeService, byName: Map<string, ComposeService>): Set<string>;
/** Names other services can reach it by: service name, container_name, hostname, network aliases. */
export declare function serviceHostNames(service: ComposeService): Set<string>;
