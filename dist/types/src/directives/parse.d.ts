import { type Comment } from '../files/comments';
export type DirectiveKind = 'disable-next-line' | 'disable';
export interface Directive {
    kind: DirectiveKind;
    /** Absolute path of the file holding it. */
    file: string;
    /** 1-based position of the comment. */
    line: number;
    column: number;
    rules: string[];
    /** Text after ` -- `; null when missing (the directive is then reported and ignored). */
    reason: string | null;
    /** Line it suppresses (next line), or null for the whole file. */
    appliesTo: number | null;
    /** Set when the directive is malformed or misplaced: it suppresses nothing and is reported. */
    problem: string | null;
}
/** The directives of a file; `comments` when the file's loader read them with the file's own lexer (SQL, shell). */
export declare function parseDirectives(file: string, text: string, comments?: readonly Comment[]): Directive[];
