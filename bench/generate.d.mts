// Types for bench/generate.mjs, so TypeScript tests can import the plain ESM script.
export declare const GENERATOR_VERSION: number;
export declare const MIN_SERVICES: number;
export declare const MAX_SERVICES: number;
export declare const CATCH_ALL_DIRS: string[];
export declare const TECHNOLOGY_DIRS: string[];
export declare const UNPINNED_EVERY: number;
export declare const MISPLACED_EVERY: number;
export declare const CATCH_ALL_EVERY: number;
export declare const OBSOLETE_VERSION_EVERY: number;

export interface GeneratedAllocation {
  service: string;
  database: string;
  role: string;
}

export interface GeneratedTree {
  /** The directory passed in (holds svclint.config.yaml, .env.example, .ls-lint.yml). */
  root: string;
  /** `<root>/services`. */
  servicesDir: string;
  services: number;
  seed: number;
  /** Top-level directories under services/, in generation order (catch-alls included). */
  capabilities: string[];
  /** Capabilities the policy knows: the seed's seven plus the extras declared in the config. */
  declaredCapabilities: string[];
  /** Absolute paths of the compose files, one per capability directory. */
  composeFiles: string[];
  directories: number;
  dbServices: number;
  allocations: GeneratedAllocation[];
  /** The planted problems, as paths relative to services/. */
  problems: {
    catchAll: string[];
    misplaced: string[];
    unpinned: string[];
    obsoleteVersion: string[];
  };
}

export declare function generateTree(dir: string, options: { services: number; seed?: number }): GeneratedTree;
export declare function lsLintConfig(forbidden?: string[], options?: { kebabOnly?: boolean }): string;
