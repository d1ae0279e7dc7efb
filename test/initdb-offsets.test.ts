// Positions of init-SQL text kept as runs (OffsetMap) instead of one array entry per character:
// the same byte offset for every index as the per-character definition (each UTF-16 unit of a
// character at the character's first byte), for any text, invalid UTF-8 included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preparePsql } from '../src/database/initdb/psql-lexer';
import { LineIndex, OffsetMap, SourceBuilder } from '../src/database/initdb/source';

/** The definition: an entry per UTF-16 unit (as the decoder yields characters), then the end. */
function perCharacter(bytes: Buffer, pieces: ([number, number] | [string, number])[], end: number): number[] {
  const out: number[] = [];
  for (const piece of pieces) {
    if (typeof piece[0] === 'string') {
      for (let u = 0; u < piece[0].length; u++) out.push(piece[1]);
      continue;
    }
    let offset = piece[0];
    for (const ch of bytes.toString('utf8', piece[0], piece[1])) {
      for (let u = 0; u < ch.length; u++) out.push(offset);
      offset += Buffer.byteLength(ch);
    }
  }
  out.push(end);
  return out;
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('ascii only; GRANT x TO y;', 'é😀\u00ff\uE000x'),
);
const bytes = fc.oneof(
  text.map((t) => Buffer.from(t, 'utf8')),
  fc.uint8Array({ maxLength: 60 }).map((a) => Buffer.from(a)),
);

describe('OffsetMap', () => {
  it('gives the per-character offsets for byte ranges and stand-in text (property)', () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.option(fc.string({ maxLength: 5 }))), { maxLength: 6 }), (buffer, cuts) => {
        const builder = new SourceBuilder(buffer);
        const pieces: ([number, number] | [string, number])[] = [];
        for (const [a, b, standIn] of cuts) {
          const start = Math.min(a, b, buffer.length);
          const end = Math.min(Math.max(a, b), buffer.length);
          if (standIn !== null) {
            builder.appendAt(standIn, start, false);
            pieces.push([standIn, start]);
          } else {
            builder.appendBytes(start, end);
            if (end > start) pieces.push([start, end]);
          }
        }
        const source = builder.build(new LineIndex('/x.sql', buffer), null, buffer.length);
        const expected = perCharacter(buffer, pieces, buffer.length);
        expect(source.origin.length).toBe(expected.length);
        expect(expected.map((_, i) => source.origin.at(i))).toEqual(expected);
        // Out of range: clamped to the ends, as the array lookups clamped.
        expect(source.origin.at(-5)).toBe(expected[0]);
        expect(source.origin.at(expected.length + 5)).toBe(expected.at(-1));
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('merges runs: an ASCII file is one run, whatever its size', () => {
    const map = new OffsetMap();
    for (let i = 0; i < 10_000; i++) map.push(1, i, 1);
    map.push(3, 10_000, 0);
    expect(map.length).toBe(10_003);
    expect([0, 9_999, 10_000, 10_002].map((i) => map.at(i))).toEqual([0, 9_999, 10_000, 10_000]);
    expect((map as unknown as { starts: number[] }).starts).toHaveLength(2);
  });

  it('prepared psql text maps every index back to its byte in the file', () => {
    const sql = '\\set role \'app\'\nCREATE ROLE :"role"; -- é\n\\if false\nDROP DATABASE x;\n\\endif\nGRANT ALL ON DATABASE "dé" TO :role;\n';
    const buffer = Buffer.from(sql, 'utf8');
    const builder = new SourceBuilder(buffer);
    builder.appendBytes(0, buffer.length);
    const prepared = preparePsql(builder.build(new LineIndex('/x.sql', buffer), null, buffer.length));
    const grant = prepared.text.indexOf('GRANT');
    expect(prepared.origin.at(grant)).toBe(buffer.indexOf('GRANT'));
    const stand = prepared.text.indexOf('"app"');
    expect(prepared.origin.at(stand)).toBe(buffer.indexOf(':"role"'));
    expect(prepared.origin.at(stand + 3)).toBe(buffer.indexOf(':"role"'));
    // The inactive branch is blanked in place.
    expect(prepared.text).not.toContain('DROP');
    const dropAt = [...prepared.text].findIndex((_, i) => prepared.origin.at(i) === buffer.indexOf('DROP'));
    expect(dropAt).toBeGreaterThan(0);
    expect(prepared.text.slice(dropAt, dropAt + 16)).toBe(' '.repeat(16));
    expect(prepared.origin.at(prepared.text.length)).toBe(buffer.length);
    expect(prepared.origin.length).toBe(prepared.text.length + 1);
  });
});
