// What every output format receives.
import type { LintResult, RuleInfo } from '../engine/types';

/** What every output format receives besides the results. */
export interface FormatContext {
  cwd: string;
  version: string;
  /** Metadata of every rule of the run, plugins included (SARIF rules table, docs links). */
  rules: RuleInfo[];
  color: boolean;
  /** Longest line a human format may print (the terminal's width); absent: the format's own cap. */
  width?: number;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;
