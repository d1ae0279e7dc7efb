import type { Finding } from '../engine/types';
import type { Rule } from './types';
/** A tree: file path (`services/core-infra/compose.yaml`) → content; a nested object is a folder; `{ symlink }` a link. */
export interface TestFiles {
    [path: string]: string | Uint8Array | {
        symlink: string;
    } | TestFiles;
}
export interface ValidCase {
    name: string;
    files: TestFiles;
    /** Written as svclint.config.yaml at the top of the tree (the working directory of the run). */
    config?: Readonly<Record<string, unknown>>;
    /** The rule's options (validated against its schema). */
    options?: Readonly<Record<string, unknown>>;
    /** Paths (relative to the tree) the change under review touched: `context.changed`. */
    changed?: readonly string[];
    /** A valid case that differs from an invalid one by the one detail the rule keys on. */
    nearMiss?: boolean;
}
export interface ExpectedFinding {
    messageId: string;
    /** The message's data as rendered (places relative to the tree's top); required when the message has data. */
    data?: Readonly<Record<string, string | number | boolean>>;
    /** Relative to the tree's top, `/` separators. */
    path: string;
    /** null for a finding about a folder or a whole file. */
    line: number | null;
    column: number | null;
    /** The fix's message id, when the finding has a fix. */
    fixId?: string;
    /** The rendered message: exact text, or a pattern it must match. */
    message?: string | RegExp;
    fix?: string | RegExp;
}
export interface InvalidCase extends ValidCase {
    /** Every finding the rule must produce (sorted by path, line, column): at least one. */
    findings: readonly ExpectedFinding[];
}
export interface RuleCases {
    valid: readonly ValidCase[];
    invalid: readonly InvalidCase[];
}
type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => Promise<void>) => void;
export declare class RuleTester {
    /** The test runner's `describe` (default: a global one, else the body runs at once). */
    static describe: Describe | null;
    /** The test runner's `it` (default: a global one, else the case runs at once). */
    static it: It | null;
    /** Registers a test per case (and per documentation example). Throws at once for a case that cannot pass. */
    run(rule: Rule<any, any>, cases: RuleCases): void;
}
/** The findings of one rule on one case's tree (its own findings: no suppression, no merging), sorted. */
export declare function lintCase(rule: Rule<any, any>, c: ValidCase): Promise<Finding[]>;
export {};
