// Arbitrary text never makes the readers throw, and every position they report lies in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInitShell, parseInitSql, type ParsedInitScript } from '../src/database/initdb';

/** Fragments that exercise the lexers' edge cases, glued in random order. */
const fragment = fc.constantFrom(
  'CREATE DATABASE a;',
  "CREATE USER u PASSWORD '",
  "'",
  '"',
  '$$',
  '$tag$',
  '${X}',
  '$Y',
  ':var',
  ":'v'",
  '::int',
  '\\c db\n',
  '\\gexec',
  '--',
  '/*',
  '*/',
  ';',
  '\n',
  '\t',
  ' ',
  'é',
  '😀',
  "E'\\'",
  'psql -c "',
  'psql <<-EOF\n',
  '\tEOF\n',
  "<<'Q'\n",
  'Q\n',
  '$(cmd)',
  '`x`',
  '\\',
  'DO $$ BEGIN CREATE ROLE r; END $$;',
);
const scriptText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')),
);

function expectInside(script: ParsedInitScript, text: string): void {
  const lines = text.split('\n');
  const locs = [
    ...script.statements,
    ...script.errors,
    ...script.placeholders,
    ...script.literalPasswords,
    ...script.metaCommands,
    ...script.psqlVariables,
  ].map((x) => x.loc);
  for (const loc of locs) {
    expect(loc.line).toBeGreaterThanOrEqual(1);
    expect(loc.line).toBeLessThanOrEqual(lines.length);
    expect(loc.column).toBeGreaterThanOrEqual(1);
    expect(loc.column).toBeLessThanOrEqual(lines[loc.line - 1]!.length + 1);
  }
}

describe('readers on arbitrary text', () => {
  it('parseInitSql never throws and stays inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(scriptText, async (text) => {
        expectInside(await parseInitSql('/virtual/fuzz.sql', text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('parseInitShell never throws and stays inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(scriptText, async (text) => {
        expectInside(await parseInitShell('/virtual/fuzz.sh', text), text);
      }),
      { numRuns: 300 },
    );
  });
});
