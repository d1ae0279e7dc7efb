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
