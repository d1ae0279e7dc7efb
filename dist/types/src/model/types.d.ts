import type { ComposeService, Stack } from '../compose/types';
import type { DatabaseModel } from '../database/types';
import type { FileCache } from '../files/cache';
import type { Classification, Policy } from '../policy/types';
import type { SymlinkInfo, Tree } from '../scan/types';
export interface CapabilityDir {
    name: string;
    abs: string;
    rel: string;
    /** Declared by the policy. */
    declared: boolean;
    /** Inactive (archive/). */
    inactive: boolean;
}
export interface GroupDir {
    name: string;
    abs: string;
    rel: string;
    kind: 'catch-all' | 'technology';
}
export interface ServiceDir {
    name: string;
    abs: string;
    rel: string;
    /** Capability directory it sits in (null when directly under root or under a non-capability folder). */
    capability: CapabilityDir | null;
    /** What the folder holding it is. */
    parentKind: 'root' | 'capability' | 'catch-all' | 'technology' | 'service';
    /** rel of the folder holding it ('' for root). */
    parentRel: string;
    /** The compose service that is this folder's service (named like it, its only one, or built from it). */
    primary: ComposeService | null;
    /** Depth below root (1 = root/x, 2 = root/cap/x). */
    depth: number;
    /** Set when the directory entry is a symlink (a migration bridge or an alias). */
    symlink: SymlinkInfo | null;
    hasDockerfile: boolean;
    /** The stack whose file sits in this directory, if any. */
    stack: Stack | null;
    /** Compose services that belong to this directory. */
    composeServices: ComposeService[];
    classification: Classification;
    /** Why it counts as a service directory. */
    why: 'dockerfile' | 'compose' | 'known-name' | 'capability-child';
}
export interface HostModel {
    /** Absolute root of the services tree. */
    root: string;
    /** Where the user stands: the engine renders paths relative to it (rules never see it). */
    cwd: string;
    /** The run's file cache (every file read once); rules reach it through their context. */
    files: FileCache;
    tree: Tree;
    policy: Policy;
    capabilityDirs: CapabilityDir[];
    /** Root children that group by something else than capability (catch-all and technology folders). */
    groupDirs: GroupDir[];
    serviceDirs: ServiceDir[];
    stacks: Stack[];
    /** Every compose service of every stack (archived ones included; check `stack.archived`). */
    services: ComposeService[];
    /** Database model (issue: database rules); built after stacks are loaded. */
    database: DatabaseModel;
}
declare module '../compose/types' {
    interface ComposeService {
        /** The service directory this compose service belongs to, if any. */
        serviceDir: ServiceDir | null;
    }
}
