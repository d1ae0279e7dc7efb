// The public rule API (`import { defineRule, type RuleContext } from 'svclint'`): what a rule
// declares and what it is given. Built-in rules and plugins use exactly this; the engine
// (src/engine) is its only caller.
import type { ComposeFile, ComposeService, EnvVar, Stack } from '../compose/types';
import type { PostgresConnection } from '../database/types';
import type { SourceLoc } from '../files/types';
import type { MemoryBudget } from '../model/memory';
import type { CapabilityDir, HostModel, ServiceDir } from '../model/types';
import type { PlacementPlan, PlanAction } from '../plan/types';
import type { Allocation, CatalogEntry } from '../policy/types';
import type { ReadonlyDeep } from './readonly';

export type { ReadonlyDeep } from './readonly';
export type { SourceLoc } from '../files/types';

/** Severity of a finding. */
export type Severity = 'error' | 'warning';

// ---------------------------------------------------------------- what a rule declares

/**
 * A value in a message's `data` that is a place: the engine renders it relative to where the user
 * stands, with `/` separators (a folder with a trailing `/`, a position as `path:line:column`).
 * Make one with `pathValue`, `folderValue` or `placeValue`.
 */
export interface PathValue {
  /** Absolute path. */
  readonly $path: string;
  readonly folder?: boolean;
  readonly line?: number;
  readonly column?: number;
}

/** Text with places in it (`'services/a/' to 'services/b/'`), rendered as one string. Make one with `textValue`. */
export interface TextValue {
  readonly $text: readonly (string | number | boolean | PathValue)[];
}

/** What a `{{name}}` placeholder of a message template is replaced with. */
export type MessageValue = string | number | boolean | PathValue | TextValue;

/** A message's placeholders by name; a list is rendered joined with `, `. */
export type MessageData = Readonly<Record<string, MessageValue | readonly MessageValue[]>>;

/** A JSON Schema (draft-07) for a rule's options object; ajv validates the configured options against it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A tree a rule's documentation shows: files by path (`services/core-infra/compose.yaml`). */
export interface RuleExample {
  description: string;
  files: Readonly<Record<string, string>>;
  /** The config (svclint.config.yaml) of the example, if it needs one. */
  config?: Readonly<Record<string, unknown>>;
  /** The rule's options in the example. */
  options?: Readonly<Record<string, unknown>>;
}

export interface RuleDocs {
  /** The rule's documentation page (default for built-in rules: docs/rules.md#<id>). */
  url?: string;
  /** Trees that pass and that fail the rule (`svclint rules ID` shows them; the rule tester runs them). */
  examples?: { valid?: readonly RuleExample[]; invalid?: readonly RuleExample[] };
}

export interface RuleMeta<MessageIds extends string = string> {
  /** Kebab-case id; a plugin's rules are named `<plugin>/<id>` (`local/<id>` for local files). */
  id: string;
  /** Any group name (`svclint rules` lists rules by group; `--only GROUP` selects them). */
  group: string;
  /** Default severity. */
  severity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** Why it matters. */
  rationale: string;
  /**
   * Message templates by id, with `{{name}}` placeholders filled from the report's `data` (as in
   * ESLint). A report's `messageId` names its message, its optional `fixId` the fix text.
   */
  messages: Readonly<Record<MessageIds, string>>;
  /** JSON Schema of the rule's options object (config `rules: { id: [level, options] }`). Without one the rule takes no options. */
  schema?: JsonSchema;
  /** Options used when the config gives none (merged under the configured ones, one level deep). */
  defaultOptions?: Readonly<Record<string, unknown>>;
  docs?: RuleDocs;
}

// ---------------------------------------------------------------- what a rule reports

/** Another place a finding is about (the other side of a two-sided finding). */
export interface RelatedDescriptor<MessageIds extends string = string> {
  /** A position; or `path` alone for a folder or a file without a position. */
  loc?: SourceLoc | null;
  /** Absolute path; taken from `loc` when that is given. */
  path?: string;
  messageId: MessageIds;
  data?: MessageData;
}

export interface ReportDescriptor<MessageIds extends string = string> {
  messageId: MessageIds;
  data?: MessageData;
  /** The message id of the fix text (same `data`); none when the message says it all. */
  fixId?: MessageIds;
  /** Where: a position in a file. */
  loc?: SourceLoc | null;
  /** Absolute path of the file or folder the finding is about (from `loc` when given; default: the root). */
  path?: string;
  /** The other sides (a two-sided finding sits at the side to change) or other places. */
  related?: readonly RelatedDescriptor<MessageIds>[];
  /** The placement plan's steps that fix it; filled from `cause` when left out. */
  actions?: readonly ReadonlyDeep<PlanAction>[];
  /**
   * Stable identity of the finding inside its rule and path (a service, a container name, a port):
   * SARIF fingerprints hash rule id + message id + path + key. Default: the text of the reported line.
   */
  key?: string;
  /** The placement plan cause (PlanCause.key) it is about: findings of one cause merge into one. */
  cause?: string;
  /** Absolute path the thing should move to (the expected-layout view). */
  target?: string;
}

// ---------------------------------------------------------------- what a rule is given

/** The host model as rules see it: read-only. */
export type ModelView = ReadonlyDeep<Omit<HostModel, 'cwd' | 'files'>>;
export type ServiceView = ReadonlyDeep<ComposeService>;
export type ServiceDirView = ReadonlyDeep<ServiceDir>;
export type StackView = ReadonlyDeep<Stack>;
export type ComposeFileView = ReadonlyDeep<ComposeFile>;
export type PlanView = ReadonlyDeep<PlacementPlan>;

/** The files a change touched (absolute paths), and whether a path is about them. */
export interface ChangeSet {
  readonly files: readonly string[];
  /** A changed file, a folder holding one, or a path inside a changed (e.g. deleted) folder. */
  touches(abs: string): boolean;
}

/** One published host port of a compose service, with Docker's semantics (compose-go parsing). */
export interface PublishedPortView {
  /** Host address in canonical form; '' when none (Docker binds every address of both families). */
  readonly hostIp: string;
  readonly start: number;
  readonly end: number;
  readonly protocol: string;
  /** A host range Docker picks one free port from (`8000-8010:80`). */
  readonly pool: boolean;
  /** Index of the entry in the service's `ports:` list. */
  readonly index: number;
  /** The entry as written (after interpolation). */
  readonly text: string;
}

/** One service's use of a published port: how many containers bind it. */
export interface PortUseView {
  readonly service: ServiceView;
  readonly port: PublishedPortView;
  /** `scale` / `deploy.replicas` (1 by default). */
  readonly replicas: number;
}

/** Host ports Docker cannot bind together, in Docker's order (the first use is bound, each later one fails). */
export interface PortClash {
  /** `same-port`: several uses of one port; `replicas`: one service's own containers; `pool`: a host range every port of which the others take (the last use). */
  readonly kind: 'same-port' | 'replicas' | 'pool';
  /** The ports in contention as Docker reports them: `8080/tcp`, `127.0.0.1:8080/tcp`, `8000-8010/tcp`. */
  readonly description: string;
  readonly ports: { readonly start: number; readonly end: number };
  readonly protocol: string;
  readonly hostIp: string;
  readonly uses: readonly PortUseView[];
}

/** A Traefik router declared by a service's labels. */
export interface RouterView {
  /** `http`, `tcp` or `udp`. */
  readonly protocol: string;
  readonly name: string;
  /** The label key that declares it (its `rule` label when there is one). */
  readonly labelKey: string;
  readonly rule: string | null;
  readonly entrypoints: readonly string[];
  /** Each host the rule matches, with the other matchers of its `||` branch. */
  readonly routes: readonly { readonly host: string; readonly conditions: string }[];
}

/** A services path named in a document (config `docs:` globs). */
export interface DocReference {
  /** The document (absolute). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** As written: `services/apps/openweb`. */
  readonly text: string;
  /** The path below root it names (`apps/openweb`) and its absolute form. */
  readonly rel: string;
  readonly abs: string;
  /** Whether it exists in the tree. */
  readonly exists: boolean;
}

/** A problem the Compose Specification schema finds in a stack's merged model. */
export interface SchemaProblem {
  readonly message: string;
  readonly loc: SourceLoc | null;
  /** The dotted key path it is about ('' for the top level). */
  readonly keyPath: string;
  /** A likely intended key (a typo's correction), if any. */
  readonly suggestion: string | null;
}

/** An allocation-table entry that applies to a service, with its index in the table. */
export interface AllocationMatch {
  readonly allocation: Readonly<Allocation>;
  readonly index: number;
}

/**
 * Facts rules need beyond the model's data, computed once per run on first use. Files come from
 * the run's one file cache: a rule never reads the disk.
 */
export interface ModelFacts {
  /** A file's text through the run's file cache (small text files only); null when it is not one. */
  fileText(abs: string): string | null;
  /** What is at a path: 'file', 'dir', 'other' or null when nothing is (links followed). */
  pathKind(abs: string): 'file' | 'dir' | 'other' | null;
  /** The path with every symlink resolved (itself when it does not resolve). */
  realPath(abs: string): string;
  /** A service's published host ports (entries with an unknown `${VAR}` are left out). */
  publishedPorts(service: ServiceView): readonly PublishedPortView[];
  /** The host ports that active services publish twice (Docker's port allocator rules; profiles that never run together do not clash). */
  portClashes(): readonly PortClash[];
  /** The Traefik routers a service declares (none when `traefik.enable=false`). */
  routers(service: ServiceView): readonly RouterView[];
  /** Position of one of a service's labels (the list item `key=value` or the mapping key); the service's own when not found. */
  labelLoc(service: ServiceView, key: string): SourceLoc | null;
  /** How active services connect to Postgres (from their environment); one service's when given. */
  connections(service?: ServiceView): readonly ReadonlyDeep<PostgresConnection>[];
  /** The allocation-table entries that name a service (by service, container, folder or catalog name). */
  allocations(service: ServiceView): readonly AllocationMatch[];
  /** A service's environment variable as Compose resolves it; null when unset or unknown (an unresolved `${VAR}`). */
  envValue(service: ServiceView, name: string): string | null;
  /** Position of a character (`offset`) of a variable's value in its compose or env file; the entry's own position when the line does not hold the value verbatim. */
  valueLoc(service: ServiceView, variable: ReadonlyDeep<EnvVar>, offset?: number): SourceLoc | null;
  /** The names a service is known by: compose name, container name, its folder's, the catalog's. */
  serviceNames(service: ServiceView): ReadonlySet<string>;
  /** Paths below root that the config's `docs:` documents name. */
  docReferences(): readonly DocReference[];
  /** The catalog entry an image belongs to (registry, `library/` and tag ignored). */
  catalogByImage(image: string): ReadonlyDeep<CatalogEntry> | null;
  /** The catalog entry of a name or alias. */
  catalogByName(name: string): { readonly entry: ReadonlyDeep<CatalogEntry>; readonly viaAlias: boolean } | null;
  /** The capability directory a compose service belongs to: its folder's, else the one its stack file sits in (null: directly under root, or in a grouping folder). */
  capabilityOf(service: ServiceView): ReadonlyDeep<CapabilityDir> | null;
  /** A service's local build (`build:`): the value, its context as written and the absolute context; null for none, a remote or an unknown (`${VAR}`) context. */
  localBuild(service: ServiceView): { readonly build: unknown; readonly context: string; readonly abs: string } | null;
  /** Local paths a service reads from its stack folder: its build context and bind-mount sources (absolute). */
  referencedPaths(service: ServiceView): readonly string[];
  /** The profiles a service runs in ([] when always). */
  profiles(service: ServiceView): readonly string[];
  /** Whether two services can run at once (their profiles allow it). */
  mayRunTogether(a: ServiceView, b: ServiceView): boolean;
  /** What the active services may take of memory (declared limits, else the catalog's estimates) against `budget.memory`. */
  memoryBudget(): ReadonlyDeep<MemoryBudget>;
  /** What Docker Compose would refuse in a stack beyond parsing: the Compose Specification schema on the merged model and the loader's own checks (loads the generated validator on first use). */
  schemaProblems(stack: StackView): Promise<readonly SchemaProblem[]>;
  /** Position of a key path inside one compose file (not the merged stack): the key (atKey) or its value. */
  locateInFile(file: ComposeFileView, keyPath: readonly (string | number)[], atKey: boolean): SourceLoc | null;
}

export interface RuleContext<Options = Readonly<Record<string, unknown>>, MessageIds extends string = string> extends ModelFacts {
  /** The rule's full id (`local/require-healthcheck` for a plugin rule). */
  readonly id: string;
  /** The configured options merged onto `meta.defaultOptions`, validated against `meta.schema`. */
  readonly options: Options;
  /** The host model, read-only. */
  readonly model: ModelView;
  /** The placement plan of the tree (built on first use): structure fixes come from it. */
  readonly plan: PlanView;
  /** What the change under review touches (`--changed-since`, the Action's pull request); null when unknown. */
  readonly changed: ChangeSet | null;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface Rule<Options = Readonly<Record<string, unknown>>, MessageIds extends string = string> {
  meta: RuleMeta<MessageIds>;
  check(context: RuleContext<Options, MessageIds>): void | Promise<void>;
}

/** A plugin module's default export: a name and its rules (or a single rule, or a list of rules). */
export interface Plugin {
  /** The rule id prefix; default: the package name without `svclint-plugin-` (`local` for files). */
  name?: string;
  rules: Readonly<Record<string, Rule<any, any>>> | readonly Rule<any, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}
