// Positions in files: what every layer uses to point at a place.

/** 1-based line and column inside a file. */
export interface SourceLoc {
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
}
