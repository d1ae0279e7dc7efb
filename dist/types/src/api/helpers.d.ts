import type { ModelView, PlanView, ReadonlyDeep, ServiceDirView, ServiceView } from './types';
import type { CatalogEntry } from '../policy/types';
import type { FolderPlan, PlanCause } from '../plan/types';
import type { TreeEntry } from '../scan/types';
import type { VolumeMount } from '../database/types';
/** The plan's cause about a folder (absolute path) or a compose service, if any. */
export declare function causeOf(view: PlanView, subject: string | ServiceView): ReadonlyDeep<PlanCause> | null;
/** The plan's cause by key. */
export declare function causeByKey(view: PlanView, key: string): ReadonlyDeep<PlanCause> | null;
/** What the plan does with a service folder (absolute path): stay, move, retire... */
export declare function folderPlan(view: PlanView, abs: string): ReadonlyDeep<FolderPlan> | null;
/** Folders that group services by something else than capability (catch-all and technology folders), anywhere in the tree. */
export declare function groupingFolders(view: ModelView): readonly {
    readonly entry: ReadonlyDeep<TreeEntry>;
    readonly kind: 'catch-all' | 'technology';
}[];
/** The catalog entry that makes a service folder a superseded (legacy) service outside archive/, if any. */
export declare function legacyEntry(view: ModelView, dir: ServiceDirView): ReadonlyDeep<CatalogEntry> | null;
/** The inactive capability's name (`archive`). */
export declare function archiveName(view: ModelView): string;
/** Whether two volume mounts hold the same data on the host (one named volume, or bind paths inside one another). */
export declare function sameData(a: ReadonlyDeep<VolumeMount>, b: ReadonlyDeep<VolumeMount>): boolean;
