// The YAML documents behind a compose file: the loader's and the locators' business, not the
// public model's. Declared here (merged into ComposeFile) so the public type declarations never
// depend on the `yaml` package.
import type { Document, LineCounter } from 'yaml';
import type { LightPositions } from '../yaml/light-positions';

declare module './types' {
  interface ComposeFile {
    /** Parsed documents (multi-document files merge like compose-go does). */
    documents: Document.Parsed[];
    /** Offsets to 1-based line/column for `documents` (CRLF-safe). */
    lineCounter?: LineCounter;
    /**
     * Plain files only: light position nodes from js-yaml, built on first use; null when they cannot
     * answer exactly, and `documents` is then the authority (src/yaml/light-positions.ts).
     */
    light?: () => LightPositions | null;
  }
}

export {};
