// Helpers of the public API over the placement plan and the model (read-only views in, views out).
import type { ComposeService } from '../compose/types';
import type { HostModel, ServiceDir } from '../model/types';
import {
  causeByKey as causeByKeyOf,
  causeOf as causeOfPlan,
  folderPlan as folderPlanOf,
  groupingFolders as groupingFoldersOf,
  legacyEntry as legacyEntryOf,
  archiveName as archiveNameOf,
} from '../plan';
import type { PlacementPlan } from '../plan/types';
import type { ModelView, PlanView, ReadonlyDeep, ServiceDirView, ServiceView } from './types';
import type { CatalogEntry } from '../policy/types';
import type { FolderPlan, PlanCause } from '../plan/types';
import type { TreeEntry } from '../scan/types';
import type { VolumeMount } from '../database/types';
import { sameData as sameDataOf } from '../database/stores';

// The views are the model's own objects, typed read-only.
const model = (view: ModelView) => view as unknown as HostModel;
const plan = (view: PlanView) => view as unknown as PlacementPlan;

/** The plan's cause about a folder (absolute path) or a compose service, if any. */
export function causeOf(view: PlanView, subject: string | ServiceView): ReadonlyDeep<PlanCause> | null {
  return causeOfPlan(plan(view), subject as string | ComposeService);
}

/** The plan's cause by key. */
export function causeByKey(view: PlanView, key: string): ReadonlyDeep<PlanCause> | null {
  return causeByKeyOf(plan(view), key);
}

/** What the plan does with a service folder (absolute path): stay, move, retire... */
export function folderPlan(view: PlanView, abs: string): ReadonlyDeep<FolderPlan> | null {
  return folderPlanOf(plan(view), abs);
}

/** Folders that group services by something else than capability (catch-all and technology folders), anywhere in the tree. */
export function groupingFolders(view: ModelView): readonly { readonly entry: ReadonlyDeep<TreeEntry>; readonly kind: 'catch-all' | 'technology' }[] {
  return groupingFoldersOf(model(view));
}

/** The catalog entry that makes a service folder a superseded (legacy) service outside archive/, if any. */
export function legacyEntry(view: ModelView, dir: ServiceDirView): ReadonlyDeep<CatalogEntry> | null {
  return legacyEntryOf(model(view), dir as unknown as ServiceDir);
}

/** The inactive capability's name (`archive`). */
export function archiveName(view: ModelView): string {
  return archiveNameOf(model(view));
}

/** Whether two volume mounts hold the same data on the host (one named volume, or bind paths inside one another). */
export function sameData(a: ReadonlyDeep<VolumeMount>, b: ReadonlyDeep<VolumeMount>): boolean {
  return sameDataOf(a as VolumeMount, b as VolumeMount);
}
