// SQL text as psql receives it, with the file position of every character (in runs: OffsetMap).
// A `.sql` file maps one to one; SQL pulled out of a shell script maps each character back to the
// `.sh` file (here-document tabs stripped, quotes and escapes removed, `$VAR` expansions pointing
// at the `$`).
import type { SourceLoc } from './types';
import { isAscii } from 'node:buffer';
import { lastAtOrBefore } from '../../util/search';

/** Line starts of a file, by UTF-8 byte offset (parsers report bytes). */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** One byte per UTF-16 unit: a column is a byte difference (no decoding per location). */
  private readonly ascii: boolean;

  constructor(
    readonly file: string,
    private readonly bytes: Buffer,
  ) {
    // indexOf searches natively: a byte-by-byte loop here was ~50 ms over the init scripts at 10,000 services.
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) this.starts.push(i + 1);
    this.ascii = isAscii(bytes);
  }

  /** 1-based line and column (UTF-16 units, as editors count) of a byte offset. */
  loc(byteOffset: number): SourceLoc {
    const offset = Math.max(0, Math.min(byteOffset, this.bytes.length));
    const lo = Math.max(0, lastAtOrBefore(this.starts, offset));
    const lineStart = this.starts[lo]!;
    const column = (this.ascii ? offset - lineStart : this.bytes.toString('utf8', lineStart, offset).length) + 1;
    return { file: this.file, line: lo + 1, column };
  }

  /** Byte offset of a 1-based line and byte column (mvdan-sh reports those). */
  offsetOf(line: number, byteColumn: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
    return start + Math.max(0, byteColumn - 1);
  }
}

/**
 * Index -> offset for a text, in runs: a run either advances one offset per index (text copied as
 * is) or stays at one offset (a character that stands for something there). What an array with
 * an entry per character would hold, in a few entries per line at most.
 */
export class OffsetMap {
  private readonly starts: number[] = [];
  private readonly bases: number[] = [];
  private readonly steps: (0 | 1)[] = [];
  private size = 0;

  /** A map of `length` indexes that all point at `offset`. */
  static constant(offset: number, length: number): OffsetMap {
    const map = new OffsetMap();
    map.push(length, offset, 0);
    return map;
  }

  /** Indexes covered: [0, length). */
  get length(): number {
    return this.size;
  }

  /** Appends `count` indexes pointing at offset, offset + 1, ... (step 1) or all at offset (step 0). */
  push(count: number, offset: number, step: 0 | 1): void {
    if (count <= 0) return;
    const last = this.starts.length - 1;
    if (last >= 0 && this.steps[last] === step && this.bases[last]! + (this.size - this.starts[last]!) * step === offset) {
      this.size += count;
      return;
    }
    this.starts.push(this.size);
    this.bases.push(offset);
    this.steps.push(step);
    this.size += count;
  }

  /** The offset of an index (clamped to the map, as the last entry stands for the end). */
  at(index: number): number {
    const i = Math.max(0, Math.min(index, this.size - 1));
    const lo = Math.max(0, lastAtOrBefore(this.starts, i));
    return this.bases[lo]! + (i - this.starts[lo]!) * this.steps[lo]!;
  }
}

/** A character range of SqlSource.text that a shell expansion produced (unknown value). */
export interface Span {
  start: number;
  end: number;
  /** The value the shell puts there, when svclint knows it (POSTGRES_USER, a compose value); else unknown. */
  value?: string | null;
  /** `$$`: the shell's process id. */
  pid?: boolean;
}

export interface SqlSource {
  lines: LineIndex;
  /** The SQL text. */
  text: string;
  /** Byte offset in the file of each UTF-16 unit of `text`, plus one entry for the end. */
  origin: OffsetMap;
  /** Ranges of `text` produced by shell expansions (`$VAR`, `$(cmd)`): run-time values, not literal text. */
  expansions: Span[];
  /** Database psql is connected to at the start (psql -d); null = the entrypoint's default. */
  database: string | null;
}

/** Builds SqlSource text from pieces of a file's bytes and from expansions. */
export class SourceBuilder {
  private readonly parts: string[] = [];
  private readonly origin = new OffsetMap();
  private readonly expansions: Span[] = [];
  private length = 0;

  constructor(private readonly bytes: Buffer) {}

  /** Copy bytes [start, end) of the file verbatim. */
  appendBytes(start: number, end: number): void {
    if (end <= start) return;
    const text = this.bytes.toString('utf8', start, end);
    if (isAscii(this.bytes.subarray(start, end))) {
      // One byte per unit: what the loop below finds for ASCII, checked natively (~30 ms at 10,000 services).
      this.origin.push(end - start, start, 1);
      this.parts.push(text);
      this.length += text.length;
      return;
    }
    let offset = start;
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && text.charCodeAt(j) < 0x80) j++;
      // ASCII: one byte per unit.
      this.origin.push(j - i, offset, 1);
      offset += j - i;
      if (j >= text.length) break;
      // Any other character: its units all at its first byte (a replacement character counts 3 bytes, as Buffer.byteLength does).
      const code = text.codePointAt(j)!;
      const units = code > 0xffff ? 2 : 1;
      this.origin.push(units, offset, 0);
      offset += code < 0x800 ? 2 : code <= 0xffff ? 3 : 4;
      i = j + units;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Text that stands for something at `byteOffset` (an expansion, or an escaped character). */
  appendAt(text: string, byteOffset: number, expansion: boolean, known?: { value: string | null; pid?: boolean }): void {
    if (text === '') return;
    this.origin.push(text.length, byteOffset, 0);
    if (expansion)
      this.expansions.push({
        start: this.length,
        end: this.length + text.length,
        ...(known ? { value: known.value, ...(known.pid ? { pid: true } : {}) } : {}),
      });
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  build(lines: LineIndex, database: string | null, endOffset: number): SqlSource {
    this.origin.push(1, endOffset, 0);
    return { lines, text: this.parts.join(''), origin: this.origin, expansions: this.expansions, database };
  }
}

/** A whole `.sql` file as a source. */
export function sqlFileSource(file: string, text: string): SqlSource {
  const bytes = Buffer.from(text, 'utf8');
  const builder = new SourceBuilder(bytes);
  builder.appendBytes(0, bytes.length);
  return builder.build(new LineIndex(file, bytes), null, bytes.length);
}

/** Converts UTF-8 byte offsets of `text` (libpg-query's stmt_location) to UTF-16 indexes. */
export function byteToCharIndex(text: string): (byte: number) => number {
  if (/^[\x00-\x7f]*$/.test(text)) return (byte) => Math.max(0, Math.min(byte, text.length));
  const table: number[] = [];
  let index = 0;
  for (const ch of text) {
    const bytes = Buffer.byteLength(ch);
    for (let b = 0; b < bytes; b++) table.push(index);
    index += ch.length;
  }
  table.push(index);
  return (byte) => table[Math.max(0, Math.min(byte, table.length - 1))]!;
}

/** Converts UTF-16 indexes of `text` to UTF-8 byte offsets (the inverse of byteToCharIndex). */
export function charToByteIndex(text: string): (index: number) => number {
  const table = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = bytes;
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes, counted at its first unit (the second unit maps to the same offset + 4).
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : code >= 0xdc00 && code <= 0xdfff ? 0 : 3;
  }
  table[text.length] = bytes;
  return (index) => table[Math.max(0, Math.min(index, text.length))]!;
}

/** Converts a code-point index (Postgres error cursors count characters) to a UTF-16 index. */
export function codePointToCharIndex(text: string, codePoints: number): number {
  let index = 0;
  let count = 0;
  while (index < text.length && count < codePoints) {
    const code = text.codePointAt(index)!;
    index += code > 0xffff ? 2 : 1;
    count++;
  }
  return index;
}
