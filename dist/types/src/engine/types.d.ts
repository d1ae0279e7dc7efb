import type { MessageData, Rule, Severity } from '../api/types';
import type { HostModel } from '../model/types';
import type { PlanAction } from '../plan/types';
export type { Severity } from '../api/types';
/** A message before rendering: its template and data (paths absolute; rendered relative to the working directory on output). */
export interface Message {
    id: string;
    template: string;
    data: MessageData;
}
/** What every finding says, wherever its path is relative to. */
interface FindingFields {
    rule: string;
    severity: Severity;
    line: number | null;
    column: number | null;
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
    message: string;
    fix: string | null;
    /** The id of the rule's message template (SARIF fingerprints; the rule tester). */
    messageId?: string;
    /** The message's data, rendered (paths relative to the working directory); the rule tester compares it. */
    data?: Record<string, string | number | boolean>;
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
    /**
     * Internal: message and fix rendered with places relative to the tree's root instead of the
     * working directory (the stylish format lists a root's findings under it); only when they differ.
     */
    inRoot?: {
        message: string;
        fix: string | null;
    };
}
/** A related place before rendering. */
export interface RawRelated {
    /** Absolute path. */
    path: string;
    line: number | null;
    column: number | null;
    message: Message;
    /** Shown before the message (a merged member's rule id). */
    prefix?: string;
}
/** A finding as rules produce it, before the engine renders messages and relativises paths. */
export interface RawFinding extends FindingFields {
    /** Absolute path. */
    path: string;
    message: Message;
    fix: Message | null;
    /** Absolute path the thing should move to. */
    target?: string;
    related?: RawRelated[];
    actions?: PlanAction[];
    key?: string;
    cause?: string;
    also?: string[];
    /** Engine-internal: the other findings of the same cause, merged into this one after suppression. */
    members?: RawFinding[];
}
/** A rule's metadata as the engine and the formats use it (defaults filled in). */
export interface RuleInfo {
    id: string;
    group: string;
    severity: Severity;
    description: string;
    rationale: string;
    /** Documentation URL ('' when the rule has none). */
    docs: string;
    messages: Readonly<Record<string, string>>;
    schema?: Readonly<Record<string, unknown>>;
    defaultOptions?: Readonly<Record<string, unknown>>;
    examples?: NonNullable<NonNullable<Rule['meta']['docs']>['examples']>;
    /** Where a plugin rule comes from: its file (absolute) or package; absent for built-in rules. */
    source?: string;
    /** The plugin's name (`local` for files); absent for built-in rules. */
    plugin?: string;
}
/** A rule the engine can run: the rule module and its normalised metadata (full id for plugins). */
export interface RegisteredRule {
    info: RuleInfo;
    rule: Rule;
}
/** A rule that threw: the run goes on, the other findings are reported, the exit is 2. */
export interface RuleFailure {
    rule: string;
    /** The rule's source file (plugins) or null (built-in). */
    source: string | null;
    message: string;
    /** The error, for --debug. */
    error: unknown;
}
export interface LintSummary {
    errors: number;
    warnings: number;
    services: number;
    stacks: number;
}
export interface LintResult {
    root: string;
    findings: Finding[];
    summary: LintSummary;
    /** The host model the findings came from (the HTML report draws it), or null. */
    model: HostModel | null;
    /** Rules that threw (internal failures: exit 2). */
    failures: RuleFailure[];
    /** Every rule this tree's config knows (built-in and its plugins'), run or not: the formats' rules table. */
    rules: RuleInfo[];
    /** Set when the run knew a change (`--changed-since`, only-changed): how many files it touched, findings reported of all found; `everything` says why every finding is reported. */
    scope?: {
        changedFiles: number;
        reported: number;
        total: number;
        everything?: string;
    };
}
