/** Whether `child` is `parent` itself or lies inside it (absolute paths). */
export declare function isInside(parent: string, child: string): boolean;
/** Display form of a path: relative to the working directory, `/` separators, '.' for the directory itself. */
export declare function displayPath(abs: string, cwd: string): string;
/**
 * Whether a name can be one folder under the services root: capability and service names from
 * labels or config become paths, so `..`, `a/b` or `x\y` would send a move outside its place.
 * The config schema's `folderName` says the same.
 */
export declare function isFolderName(name: string): boolean;
