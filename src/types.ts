// The interfaces every stage shares. Data flows one way:
// scan tree -> load stacks and init scripts -> build host model -> classify -> run rules
// -> filter by directives/exceptions -> format.
import type { Document, LineCounter } from 'yaml';
import type { InitScript, PrivilegeMatrix } from './database/initdb/types';
import type { PlacementPlan, PlanAction } from './plan/types';

/** Severity of a reported finding. */
export type Severity = 'error' | 'warning';
/** What a user may set a rule to (config `rules:` and `--rule ID:LEVEL`). */
export type RuleLevel = 'off' | 'warn' | 'error';

/** 1-based line and column inside a file. */
export interface SourceLoc {
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
}

/** What every finding says, wherever its path is relative to. */
interface FindingFields {
  rule: string;
  severity: Severity;
  line: number | null;
  column: number | null;
  message: string;
  fix: string | null;
}

/** Another place a finding is about (the other side of a two-sided finding, a merged finding's other locations). */
export interface RelatedLocation {
  /** Relative to the working directory, `/` separators. */
  path: string;
  line: number | null;
  column: number | null;
  message: string;
}

/** A file position that stands for a folder where a file is needed (SARIF, annotations): the folder's stack file, or its first file. */
export interface Anchor {
  /** Relative to the working directory, `/` separators. */
  path: string;
  line: number;
}

/** One finding as it leaves the engine (the JSON output's `findings[]` element). */
export interface Finding extends FindingFields {
  /** Relative to the working directory, `/` separators. */
  path: string;
  /** Other rule ids whose findings had the same cause and were merged into this one (JSON `also`). */
  also?: string[];
  /** The other sides or places (JSON `related`). */
  related?: RelatedLocation[];
  /** The placement plan's steps that fix it, paths relative to the working directory (JSON `actions`). */
  actions?: PlanAction[];
  /** Internal: stable identity inside the rule and path (SARIF fingerprints); never message text. */
  key?: string;
  /** Internal: for a folder finding (no line), a file GitHub can show; the same for `related` by index. */
  anchor?: Anchor | null;
  relatedAnchors?: (Anchor | null)[];
  /** Internal, not part of the JSON output: the path (cwd-relative) the thing should move to, for the expected-layout view. */
  target?: string;
}

/** Another place a report is about: a position, or a path (a folder, a file without a position). */
export interface RelatedReport {
  /** Absolute path; taken from `loc` when that is given. */
  path?: string;
  loc?: SourceLoc | null;
  message: string;
}

/** A finding before the engine relativises the path; what rules hand to `context.report`. */
export interface Report {
  message: string;
  fix?: string | null;
  /** Absolute path of the file or directory the finding is about. */
  path?: string;
  line?: number | null;
  column?: number | null;
  /** Shorthand for path + line + column. */
  loc?: SourceLoc | null;
  /** Absolute path the thing should move to (misplaced-service and friends). */
  target?: string;
  /** The other sides (a two-sided finding sits at the side to change) or other places. */
  related?: RelatedReport[];
  /** The placement plan's steps that fix it; the engine fills them from `cause` when left out. */
  actions?: PlanAction[];
  /**
   * Stable identity of the finding inside its rule and path (a service, container name, port,
   * database): SARIF fingerprints are made from rule id + path + key. Defaults to the text of the
   * reported line (a folder: none).
   */
  key?: string;
  /** The placement plan cause (PlanCause.key) this finding is about: findings of one cause merge into one. */
  cause?: string;
}

/** A finding as rules produce it, before the engine relativises the paths. */
export interface RawFinding extends FindingFields {
  /** Absolute path. */
  path: string;
  /** Absolute path the thing should move to. */
  target?: string;
  related?: { path: string; line: number | null; column: number | null; message: string }[];
  actions?: PlanAction[];
  key?: string;
  cause?: string;
  also?: string[];
  /** Engine-internal: the other findings of the same cause, merged into this one after suppression. */
  members?: RawFinding[];
}

export type RuleGroup = 'structure' | 'database' | 'compose' | 'meta';

export interface RuleMeta {
  id: string;
  group: RuleGroup;
  /** Default severity in the recommended set. */
  severity: Severity;
  description: string;
  /** Why, in the words of the design document (seed) where it has them. */
  rationale: string;
  /** Link to the rule's documentation (README anchor). */
  docs: string;
}

export interface RuleContext {
  model: HostModel;
  report(report: Report): void;
  /** The placement plan of the tree (built on first use): structure fixes come from it. */
  readonly plan: PlacementPlan;
  /** What the change under review touches (`--changed-since`, the Action's pull request), or null when the run does not know. */
  changed: ChangeSet | null;
}

/** The files a change touched (absolute paths), and whether a path is about them. */
export interface ChangeSet {
  files: readonly string[];
  /** A changed file, a folder holding one, or a path inside a changed (e.g. deleted) folder. */
  touches(abs: string): boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void | Promise<void>;
}

// ---------------------------------------------------------------- tree

export type EntryKind = 'dir' | 'file' | 'symlink' | 'other';

export interface SymlinkInfo {
  /** The link text as stored. */
  target: string;
  /** Absolute resolved target (realpath) when it resolves. */
  resolved: string | null;
  status: 'ok' | 'dangling' | 'loop';
  /** What the link points to when it resolves. */
  targetKind: 'dir' | 'file' | 'other' | null;
}

export interface TreeEntry {
  /** Absolute path. */
  abs: string;
  /** Relative to root, `/` separators, '' for root itself. */
  rel: string;
  name: string;
  kind: EntryKind;
  /** 0 for root's direct children. */
  depth: number;
  symlink?: SymlinkInfo;
}

export interface ScanProblem {
  abs: string;
  message: string;
}

export interface Tree {
  root: string;
  /** Every entry below root (not root itself), in scan order (parents before children). */
  entries: TreeEntry[];
  byRel: Map<string, TreeEntry>;
  /** Children of a directory (by rel, '' for root). Symlinked directories have no children listed. */
  children: Map<string, TreeEntry[]>;
  problems: ScanProblem[];
}

// ---------------------------------------------------------------- compose

/** One compose file parsed with positions. */
export interface ComposeFile {
  abs: string;
  text: string;
  /** Parsed documents (multi-document files merge like compose-go does). */
  documents: Document.Parsed[];
  /** Parse errors: the file is reported by `compose-parse` and left out of the model. */
  errors: { message: string; line: number; column: number }[];
  /** Plain JS value of the file before interpolation (after anchors/merge keys). */
  data: Record<string, unknown> | null;
  /** Offsets to 1-based line/column for `documents` (CRLF-safe). */
  lineCounter?: LineCounter;
  /** Key paths tagged `!reset` / `!override`; merging this file first removes them from what came before. */
  tagPaths?: ComposeTagPath[];
}

/** A `!reset` or `!override` tag found at a key path (through anchors and merge keys). */
export interface ComposeTagPath {
  path: string[];
  tag: 'reset' | 'override';
}

/** A stack: one compose file plus the override files Docker Compose merges onto it. */
export interface Stack {
  /** Absolute path of the main compose file. */
  file: string;
  /** Directory holding it. */
  dir: string;
  /** Main file first, then overrides in merge order. */
  files: ComposeFile[];
  /** Variables from the `.env` beside the main file (never printed). */
  env: Map<string, string>;
  /** Merged document before interpolation. */
  config: Record<string, unknown>;
  /** Merged document after interpolation; unknown variables stay as `${VAR}` text. */
  resolved: Record<string, unknown>;
  services: ComposeService[];
  /** The stack sits under `archive/` (or another inactive capability). */
  archived: boolean;
  /** Files read through `include:` and `extends: {file}` (each once), after `files`' own. */
  imported?: ComposeFile[];
  /**
   * What Docker Compose refuses that the loader found while reading the stack: invalid templates and
   * `.env` syntax (`compose-parse`); include/extends targets, cycles, conversions, missing env files
   * (`compose-schema`).
   */
  issues?: ComposeIssue[];
  /** The merged model after each file (main, then each override), as compose-go validates it. */
  stages?: ComposeStage[];
  /** Position of a value node by key path (['services','n8n','image']); the last file defining it wins. */
  locate(path: readonly (string | number)[]): SourceLoc | null;
  /** Position of the key of a mapping entry by key path; the last file defining it wins. */
  locateKey(path: readonly (string | number)[]): SourceLoc | null;
}

/** A problem the compose loader found, reported by `rule`. */
export interface ComposeIssue {
  rule: 'compose-parse' | 'compose-schema';
  /** One line naming the key, e.g. `services.web.privileged: cannot convert 'maybe' to a boolean`. */
  message: string;
  /** Where it comes from (computed on first use). */
  loc: SourceLoc | null;
}

/** The merged, interpolated model of a stack after one of its files, with positions into every file it came from. */
export interface ComposeStage {
  /** The main file or the override whose merge gave this model. */
  file: string;
  resolved: Record<string, unknown>;
  /** Position of a key path in the files this model came from (the latest first, through include and extends). */
  locate(path: readonly (string | number)[], atKey: boolean): SourceLoc | null;
}

export interface EnvVar {
  name: string;
  /** Value before interpolation; null when the entry has no value (`- FOO`). */
  raw: string | null;
  /** Interpolated value; null when unknown (a variable that is not set anywhere we can read). */
  value: string | null;
  loc: SourceLoc | null;
  /** Set when the variable came from an `env_file`. */
  envFile?: string;
}

export interface ComposeService {
  name: string;
  stack: Stack;
  /** Position of the service key. */
  loc: SourceLoc | null;
  /** Merged service mapping before interpolation. */
  config: Record<string, unknown>;
  /** Merged service mapping after interpolation. */
  resolved: Record<string, unknown>;
  image: string | null;
  containerName: string | null;
  /** environment: and env_file: entries (env_file first, environment overrides). */
  environment: EnvVar[];
  /** Labels as a map (list form normalised). */
  labels: Map<string, string>;
  /** The service directory this compose service belongs to, if any. */
  serviceDir: ServiceDir | null;
  /** Set for a service that comes from an `include:`d file: that file (absolute). */
  includedFrom?: string;
}

// ---------------------------------------------------------------- policy

export interface CapabilityPolicy {
  name: string;
  description: string;
  /** What kinds of service it holds: the decision tree's answers (e.g. 'ui', 'proxy'). */
  provides: string[];
  /** Inactive capabilities (archive/) are not part of the running host. */
  inactive?: boolean;
}

export interface CatalogEntry {
  /** Canonical service name (folder name). */
  name: string;
  capability: string;
  aliases: string[];
  /** Image name patterns (`*` wildcards), matched without registry `docker.io/`, `library/` or tag. */
  images: string[];
  provides: string[];
  /** Rationale shown by `place` and `misplaced-service`. */
  reason: string;
  /** Estimated memory in bytes when no limit is declared. */
  memory?: number;
  /** Superseded: belongs in archive/. */
  legacy?: boolean;
  /** Declared in the user's config `services:` (not only the built-in catalog). */
  fromConfig?: boolean;
}

export interface SystemPolicy {
  name: string;
  capability: string;
  members: string[];
}

export interface Allocation {
  service: string;
  database: string;
  role: string;
}

export interface IsolatedDatabase {
  service: string;
  reason: string;
}

export interface ExceptionPolicy {
  rule: string;
  /** Relative to the config file's directory. */
  path: string;
  reason: string;
  /** Where it was declared, for unused-exception reports. */
  loc: SourceLoc | null;
}

export interface Policy {
  /** The config file in force, or null for the built-in recommended policy alone. */
  configFile: string | null;
  capabilities: Map<string, CapabilityPolicy>;
  catchAll: string[];
  technologyDirs: string[];
  catalog: CatalogEntry[];
  systems: SystemPolicy[];
  database: {
    /** `declared`: set by the config (not the recommended default), so it is the shared one whatever the tree shows. */
    postgres: { service: string; capability: string; declared?: boolean } | null;
    allocations: Allocation[];
    isolated: IsolatedDatabase[];
  };
  budget: { memory: number | null };
  /** Rule levels from config `rules:` (CLI --rule applied on top by the engine). */
  rules: Map<string, RuleLevel>;
  exceptions: ExceptionPolicy[];
  /** Globs (relative to the config's directory) of documents checked by stale-doc-path. */
  docs: string[];
  /** Directory the config's relative paths are resolved against. */
  baseDir: string;
  /** Position of a key path inside the config file (null for the built-in policy or JSON configs). */
  locate(keyPath: (string | number)[]): SourceLoc | null;
}

// ---------------------------------------------------------------- host model

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

export type ClassifyReasonKind = 'policy' | 'label' | 'catalog-name' | 'catalog-alias' | 'catalog-image' | 'system' | 'provides' | 'fallback' | 'web-server';

export interface ClassifyReason {
  kind: ClassifyReasonKind;
  /** Human text, e.g. "placement table: n8n -> automation/ (Workflow orchestration)". */
  text: string;
}

export interface Classification {
  capability: string | null;
  /** Canonical name when known (catalog or alias), else the input name. */
  canonicalName: string;
  reasons: ClassifyReason[];
  catalog: CatalogEntry | null;
  system: SystemPolicy | null;
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
  cwd: string;
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

// ---------------------------------------------------------------- database (filled by src/database)

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
  password: { kind: 'literal' | 'variable' | 'none'; loc: SourceLoc | null };
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

// ---------------------------------------------------------------- results

export interface LintSummary {
  errors: number;
  warnings: number;
  services: number;
  stacks: number;
}

/** What every output format receives besides the results. */
export interface FormatContext {
  cwd: string;
  version: string;
  /** Metadata of every registered rule (SARIF rules table, docs links). */
  rules: RuleMeta[];
  color: boolean;
  /** Longest line a human format may print (the terminal's width); absent: the format's own cap. */
  width?: number;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;

export interface LintResult {
  root: string;
  findings: Finding[];
  summary: LintSummary;
  model: HostModel | null;
  /** Set when the run knew a change (`--changed-since`, only-changed): how many files it touched, findings reported of all found; `everything` says why every finding is reported. */
  scope?: { changedFiles: number; reported: number; total: number; everything?: string };
}
