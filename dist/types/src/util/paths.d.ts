/** Whether `child` is `parent` itself or lies inside it (absolute paths). */
export declare function isInside(parent: string, child: string): boolean;
/** Display form of a path: relative to the working directory, `/` separators, '.' for the directory itself. */
export declare function displayPath(abs: string, cwd: string): string;
