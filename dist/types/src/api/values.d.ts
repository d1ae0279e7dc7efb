import type { SourceLoc } from '../files/types';
import type { PathValue, TextValue } from './types';
/** A file (or any path) in a message: rendered `services/core-infra/compose.yaml`. */
export declare function pathValue(abs: string): PathValue;
/** A folder in a message: rendered with a trailing `/` (`services/apps/`). */
export declare function folderValue(abs: string): PathValue;
/** A position in a message: rendered `path:line:column`; the file alone when there is no position. */
export declare function placeValue(loc: SourceLoc | null | undefined, fallbackFile: string): PathValue;
export declare function isPathValue(value: unknown): value is PathValue;
/** Text and places as one message value: the parts are rendered and concatenated. */
export declare function textValue(...parts: (string | number | boolean | PathValue)[]): TextValue;
export declare function isTextValue(value: unknown): value is TextValue;
