export type Lookup = (name: string) => string | undefined;
export interface InterpolationError {
    /** `invalid template` or `required variable X is missing a value: reason`. */
    message: string;
    /** UTF-16 offset in the interpolated text where the offending `$` stands. */
    offset: number;
}
export interface Interpolated {
    value: string;
    /** Names of variables that were needed but not set (each once, in order of appearance). */
    unknown: string[];
    /** Set when Docker Compose refuses the text; `value` is then the text as written. */
    error?: InterpolationError;
}
export declare function interpolate(text: string, lookup: Lookup): Interpolated;
/** Interpolation of any text, without the shortcut for the simple template (exported for the test that compares both). */
export declare function interpolateAnyTemplate(text: string, lookup: Lookup): Interpolated;
/** Whether a resolved string still holds an unresolved `${VAR}`. */
export declare function hasUnknown(value: string): boolean;
/** Where an interpolation error was found in a tree: the key path of the string holding it. */
export type TreeInterpolationError = InterpolationError & {
    path: (string | number)[];
    text: string;
};
/**
 * Interpolates every string of a plain JS tree (mapping keys are not interpolated, as in
 * Compose). The input is not modified; subtrees without a `$` come back as the same objects
 * (a host's compose data is held once, not twice), so treat both trees as read-only.
 * `unknown` collects unset names; `errors` (when given) the strings Compose refuses, which keep their text.
 */
export declare function interpolateTree(value: unknown, lookup: Lookup, unknown?: Set<string>, errors?: TreeInterpolationError[]): unknown;
