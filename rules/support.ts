// Small helpers shared by the built-in rules, on the public API only: path wording, and which side
// of a two-sided finding should change (blame).
import path from 'node:path';
import {
  causeOf,
  folderPlan,
  legacyEntry,
  type CatalogEntryView,
  type ComposeService,
  type HostModel,
  type MessageData,
  type RelatedDescriptor,
  type RuleContext,
  type ServiceDir,
  type SourceLoc,
} from '../src/api';

// Every helper takes any rule's context (its own options and message ids): the parts it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyContext = Pick<RuleContext<any, any>, 'model' | 'plan' | 'changed' | 'catalogByImage' | 'realPath'>;

/** Absolute path a service should have: root/capability/name. */
export function expectedServicePath(model: HostModel, capability: string, name: string): string {
  return path.join(model.root, capability, name);
}

/** A path below root as `capability/name` (`/` separators). */
export function rootRelative(model: HostModel, abs: string): string {
  return path.relative(model.root, abs).split(path.sep).join('/');
}

/** The first folder below root a path is in (its capability directory's name). */
export function topFolder(model: HostModel, abs: string): string {
  return path.relative(model.root, abs).split(path.sep)[0] ?? '';
}

/** The first (deciding) reason of a service directory's classification. */
export function decidingReason(dir: ServiceDir): string {
  return dir.classification.reasons[0]?.text ?? 'no rule places it';
}

const bridgeCache = new WeakMap<object, Set<string>>();

/** Real paths of the folders that Phase 1 migration bridges (symlinked service directories) point to. */
export function bridgedTargets(model: HostModel): Set<string> {
  const cached = bridgeCache.get(model);
  if (cached) return cached;
  const targets = new Set<string>();
  bridgeCache.set(model, targets);
  for (const dir of model.serviceDirs) {
    if (dir.symlink?.status === 'ok' && dir.symlink.resolved && dir.capability) targets.add(dir.symlink.resolved);
  }
  return targets;
}

/** Whether a service directory is the old location of a migration bridge (it and its link count as one). */
export function isBridgeTarget(context: AnyContext, dir: ServiceDir, targets = bridgedTargets(context.model)): boolean {
  // realpath only when there are bridges at all: most trees have none.
  return !dir.symlink && targets.size > 0 && targets.has(context.realPath(dir.abs));
}

/**
 * Catalog entries for shared infrastructure that the database rules own (the Postgres, its pooler,
 * the cache): an app stack's own `postgres` or `redis` is single-postgres' or single-cache's finding,
 * not a misplaced or duplicated service.
 */
export function isSharedInfrastructure(entry: CatalogEntryView | null | undefined): boolean {
  return !!entry && entry.provides.some((kind) => kind === 'database' || kind === 'cache');
}

// ---------------------------------------------------------------- blame

/**
 * What the policy holds against one side of a two-sided finding, in the order that decides:
 * a superseded (legacy) service, one outside the capability it belongs to (the plan moves,
 * retires or cannot place its folder), one that is not the shared instance when the other side is,
 * one under archive/. Rules may add their own reasons (e.g. `not-allocated`); those rank after.
 */
export const ODD_REASONS = ['legacy', 'outside-capability', 'not-shared', 'archived'] as const;

/** One side of a two-sided finding. */
export interface Side<T> {
  item: T;
  /** Its position, when it has one. */
  loc: SourceLoc | null;
  /** Its file (or folder). */
  path: string;
  /** The service folder it belongs to: a change inside it counts as a change of this side. */
  folder?: string | null;
  /** What the policy holds against it (see ODD_REASONS), most serious first. */
  odd: string[];
}

function oddRank(reason: string): number {
  const index = (ODD_REASONS as readonly string[]).indexOf(reason);
  return index < 0 ? ODD_REASONS.length : index;
}

/** The shared instances the policy wants exactly one of: the shared Postgres, the shared cache in core-infra/. */
function isSharedInstance(model: HostModel, service: ComposeService): boolean {
  if (service === model.database.shared) return true;
  return model.database.stores.some((s) => s.kind === 'cache' && s.service === service && topFolder(model, service.stack.dir) === 'core-infra');
}

/** A compose service as a side, with what the policy holds against it (`not-shared` is added by `blameOrder`). */
export function serviceSide(context: AnyContext, service: ComposeService, loc: SourceLoc | null, extra: string[] = []): Side<ComposeService> {
  const { model } = context;
  const odd: string[] = [];
  const image = service.image && !service.image.includes('${') ? context.catalogByImage(service.image) : null;
  if (image?.legacy || (service.serviceDir && service.serviceDir.primary === service && legacyEntry(model, service.serviceDir))) odd.push('legacy');
  const folder = service.serviceDir ? folderPlan(context.plan, service.serviceDir.abs) : null;
  if ((folder && folder.fate !== 'stay') || causeOf(context.plan, service)?.kind === 'compose-service') odd.push('outside-capability');
  if (service.stack.archived) odd.push('archived');
  odd.push(...extra);
  return { item: service, loc, path: service.stack.file, folder: service.serviceDir?.abs ?? null, odd };
}

/** A service folder as a side. */
export function folderSide(context: AnyContext, dir: ServiceDir, extra: string[] = []): Side<ServiceDir> {
  const odd: string[] = [];
  if (legacyEntry(context.model, dir)) odd.push('legacy');
  const plan = folderPlan(context.plan, dir.abs);
  if (plan && plan.fate !== 'stay') odd.push('outside-capability');
  if (dir.capability?.inactive) odd.push('archived');
  odd.push(...extra);
  return { item: dir, loc: null, path: dir.abs, folder: dir.abs, odd };
}

/**
 * The sides of a two-sided finding, the one to change first: (1) the side the change under review
 * touches, when the run knows the change; (2) the side the policy marks as the odd one out (see
 * ODD_REASONS); (3) the later one (`sides` are given earliest first).
 */
export function blameOrder<S extends Side<unknown>>(context: AnyContext, sides: readonly S[]): S[] {
  const { model, changed } = context;
  // "Not the shared instance" only tells sides apart when one of them is the shared instance.
  const shared = sides.map((s) => isServiceLike(s.item) && isSharedInstance(model, s.item));
  const ranked = sides.map((side, index) => {
    const odd = shared.some(Boolean) && !shared[index] && !side.odd.includes('not-shared') ? [...side.odd, 'not-shared'] : side.odd;
    const touched = changed !== null && (changed.touches(side.loc?.file ?? side.path) || (!!side.folder && changed.touches(side.folder)));
    return { side: { ...side, odd } as S, index, touched, ranks: odd.map(oddRank).sort((a, b) => a - b) };
  });
  ranked.sort((a, b) => Number(b.touched) - Number(a.touched) || compareOdd(a.ranks, b.ranks) || b.index - a.index);
  return ranked.map((r) => r.side);
}

/** More serious reasons first; with equal reasons, more of them first; none last. */
function compareOdd(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return b.length - a.length;
}

function isServiceLike(item: unknown): item is ComposeService {
  return typeof item === 'object' && item !== null && 'stack' in item && 'resolved' in item;
}

/** Why a side was chosen, for messages: "it is legacy", "it is the changed side"... */
export function blameWhy(context: AnyContext, side: Side<unknown>): string | null {
  if (context.changed && (context.changed.touches(side.loc?.file ?? side.path) || (!!side.folder && context.changed.touches(side.folder))))
    return 'the change under review touches it';
  const reason = side.odd[0];
  switch (reason) {
    case undefined:
      return null;
    case 'legacy':
      return 'it is a superseded service';
    case 'outside-capability':
      return 'it is not where the placement plan keeps it';
    case 'not-shared':
      return 'the other is the shared instance';
    case 'archived':
      return 'it is archived';
    default:
      return reason.replace(/-/g, ' ');
  }
}

/** A side as a related place of a finding. */
export function relatedSide<M extends string>(side: Side<unknown>, messageId: M, data: MessageData): RelatedDescriptor<M> {
  return { path: side.loc?.file ?? side.path, loc: side.loc, messageId, data };
}

/**
 * The plan cause that takes a compose service off the host: its folder is retired (a second copy)
 * or archived (superseded). A clash with such a service is that cause, and merges into its finding.
 */
export function removalCause(context: AnyContext, service: ComposeService): string | undefined {
  const dir = service.serviceDir;
  if (!dir) return undefined;
  const folder = folderPlan(context.plan, dir.abs);
  if (!folder?.cause) return undefined;
  if (folder.fate === 'retire') return folder.cause;
  if (folder.fate === 'move' && context.plan.moves.some((m) => m.dir === dir.abs && m.kind === 'archive')) return folder.cause;
  return undefined;
}

/** The plan cause that moves a compose service's folder into `capability` (e.g. the shared Postgres into core-infra/). */
export function moveCause(context: AnyContext, service: ComposeService, capability: string): string | undefined {
  const dir = service.serviceDir;
  if (!dir || dir.primary !== service) return undefined;
  const folder = folderPlan(context.plan, dir.abs);
  if (folder?.fate !== 'move' || !folder.to || !folder.cause) return undefined;
  return topFolder(context.model, folder.to) === capability ? folder.cause : undefined;
}

/** Why a side should change as message data: `<before><why><after>`, or '' when there is no reason to name. */
export function whyText(why: string | null, before: string, after = ''): string {
  return why ? `${before}${why}${after}` : '';
}
