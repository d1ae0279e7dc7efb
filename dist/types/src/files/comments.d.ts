export interface Comment {
    /** 1-based position of the comment marker. */
    line: number;
    column: number;
    /** The text after the marker, trimmed. */
    body: string;
}
export declare function commentsOf(file: string, text: string, lines?: readonly string[]): Comment[];
/** Comment tokens of every document of a YAML stream, wherever they sit in the syntax tree. */
export declare function yamlComments(text: string): Comment[];
/**
 * Comments line by line: a marker at the start of a line or after whitespace (a trailing comment);
 * markers inside quotes are not comments. Only lines that mention svclint are read.
 */
export declare function lineComments(lines: readonly string[], marker: string): Comment[];
