import type { HostModel, ServiceDir } from '../model/types';
import type { CatalogEntry } from '../policy/types';
import type { MoveKind } from './types';
export type Decision = {
    fate: 'stay';
}
/** Not the plan's to decide: a symlink that is not a bridge, or the real folder behind a bridge (planned from the link). */
 | {
    fate: 'skip';
} | {
    fate: 'move';
    from: string;
    to: string;
    kind: MoveKind;
    reasons: string[];
    bridged: boolean;
} | {
    fate: 'unplaced';
    reasons: string[];
};
export declare function isKebabCase(name: string): boolean;
export declare function toKebab(name: string): string;
/** The inactive capability superseded services go to (archive/ in the recommended policy). */
export declare function archiveName(model: HostModel): string;
/**
 * The catalog entry of a superseded service (nginx-proxy, acme-companion) this folder holds, or
 * null. A folder named nginx that runs a plain nginx web server is not the legacy proxy.
 */
export declare function legacyEntry(model: HostModel, dir: ServiceDir): CatalogEntry | null;
/** A symlinked service folder that is a Phase 1 bridge: a link in a capability to a folder of the tree. */
export declare function isBridge(model: HostModel, dir: ServiceDir): boolean;
export declare function realAbs(abs: string): string;
/** The folder name a service should have: the catalog's name, else its own in kebab-case. */
export declare function canonicalFolderName(dir: ServiceDir): string;
/**
 * The decision for one folder. `bridgeTargets` are the real paths Phase 1 bridges point to;
 * `holderCapability` is, for a nested service, the capability its holder ends up in.
 */
export declare function decideFolder(model: HostModel, dir: ServiceDir, bridgeTargets: ReadonlySet<string>, holderCapability?: string | null): Decision;
