import type { SourceLoc } from '../files/types';
/** What a user may set a rule to (config `rules:` and `--rule ID:LEVEL`). */
export type RuleLevel = 'off' | 'warn' | 'error';
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
        postgres: {
            service: string;
            capability: string;
            declared?: boolean;
        } | null;
        allocations: Allocation[];
        isolated: IsolatedDatabase[];
    };
    budget: {
        memory: number | null;
    };
    /** Rule levels from config `rules:` (CLI --rule applied on top by the engine). */
    rules: Map<string, RuleLevel>;
    /** Rule options from config `rules: { id: [level, options] }`, validated against the rule's schema when the rule is known. */
    ruleOptions: Map<string, Record<string, unknown>>;
    /** Plugins from config `plugins:` as written (files, globs, folders, npm packages), in order. */
    plugins: PluginSpec[];
    exceptions: ExceptionPolicy[];
    /** Globs (relative to the config's directory) of documents checked by stale-doc-path. */
    docs: string[];
    /** Directory the config's relative paths are resolved against. */
    baseDir: string;
    /** Position of a key path inside the config file (null for the built-in policy or JSON configs). */
    locate(keyPath: (string | number)[]): SourceLoc | null;
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
/** One entry of config `plugins:`. */
export interface PluginSpec {
    /** As written: `./svclint-rules/*.ts`, `./rules/`, `svclint-plugin-acme`. */
    spec: string;
    /** Where it is written in the config. */
    loc: SourceLoc | null;
}
