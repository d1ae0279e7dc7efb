import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDotEnv, parseEnvEntries, parseEnvFile, readEnvFile } from '../src/compose';
import { tempDir } from './compose-fixtures';

describe('parseEnvFile', () => {
  it.each([
    ['plain assignment', 'KEY=value', 'KEY', 'value'],
    ['export prefix', 'export KEY=value', 'KEY', 'value'],
    ['colon separator', 'KEY: value', 'KEY', 'value'],
    ['spaces around =', 'KEY = value  ', 'KEY', 'value'],
    ['empty value', 'KEY=', 'KEY', ''],
    ['inline comment after space', 'KEY=value # comment', 'KEY', 'value'],
    ['hash without space is data', 'KEY=abc#def', 'KEY', 'abc#def'],
    ['single quotes are literal', "KEY='a ${X} \\n # b'", 'KEY', 'a ${X} \\n # b'],
    ['double quotes expand escapes', 'KEY="line1\\nline2\\t\\"q\\""', 'KEY', 'line1\nline2\t"q"'],
    ['double quotes keep # ', 'KEY="a # b" # real comment', 'KEY', 'a # b'],
    ['escaped dollar in double quotes', 'KEY="cost \\$5"', 'KEY', 'cost $5'],
    ['equals inside value', 'KEY=a=b=c', 'KEY', 'a=b=c'],
    ['dots and dashes in key', 'my.key-1=x', 'my.key-1', 'x'],
  ])('%s', (_name, text, key, value) => {
    expect(parseEnvFile(text).get(key)).toBe(value);
  });

  it('skips comments and blank lines; a bare KEY is inherited (unset here: skipped); `=v` sets the empty key, as compose-go does', () => {
    const env = parseEnvFile('# comment\n\n   \nJUSTAWORD\n=novalue\nA=1\n  # indented comment\nB=2\n');
    expect([...env]).toEqual([
      ['', 'novalue'],
      ['A', '1'],
      ['B', '2'],
    ]);
  });

  it('reads multi-line double- and single-quoted values and keeps counting lines', () => {
    const text = 'A="first\nsecond"\nB=\'x\ny\'\nC=3\n';
    const entries = parseEnvEntries(text);
    expect(entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ['A', 'first\nsecond', 1],
      ['B', 'x\ny', 3],
      ['C', '3', 5],
    ]);
  });

  it('handles CRLF line endings and a BOM', () => {
    const entries = parseEnvEntries('\uFEFFA=1\r\nB="two"\r\n# c\r\nC=3 # x\r\n');
    expect(entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ['A', '1', 1],
      ['B', 'two', 2],
      ['C', '3', 4],
    ]);
  });

  it('the last definition of a key wins', () => {
    expect(parseEnvFile('A=1\nA=2\n').get('A')).toBe('2');
  });

  it('expands earlier keys in unquoted and double-quoted values, not in single-quoted ones', () => {
    const env = parseEnvFile('HOST=db\nURL=postgres://${HOST}:5432\nQ="${HOST}-x"\nLIT=\'${HOST}\'\n');
    expect(env.get('URL')).toBe('postgres://db:5432');
    expect(env.get('Q')).toBe('db-x');
    expect(env.get('LIT')).toBe('${HOST}');
  });

  it('never invents a value for an unknown reference', () => {
    const [entry] = parseEnvEntries('URL=http://${NOPE}/x\n');
    expect(entry!.value).toBe('http://${NOPE}/x');
    expect(entry!.unknown).toEqual(['NOPE']);
  });

  it('an unterminated quote is an error at its line, as compose-go refuses the file; the entries before it are kept', () => {
    expect(parseDotEnv('X=1\nA="open\nB=2\n')).toEqual({
      entries: [{ key: 'X', raw: '1', value: '1', unknown: [], line: 1 }],
      error: { message: 'unterminated quoted value "open', line: 2, column: 3 },
    });
  });

  it.each([
    ['INVALID LINE\n', 'key cannot contain a space', 1],
    ['A=1\nlol$wut\n', 'unexpected character "$" in variable name "lol$wut"', 2],
    ['A=${ B}\n', 'invalid template', 1],
    ["A='it\\'s\n", "unterminated quoted value 'it\\'s", 1],
  ])('refuses %j as compose-go does', (text, message, line) => {
    expect(parseDotEnv(text).error).toMatchObject({ message, line });
  });
});

describe('readEnvFile', () => {
  it('reads a real file', () => {
    const dir = tempDir({ '.env': 'TZ=Europe/Berlin\n' });
    expect(readEnvFile(path.join(dir, '.env'))?.get('TZ')).toBe('Europe/Berlin');
  });

  it('returns null for a missing file or a directory', () => {
    const dir = tempDir({ 'sub/x': '' });
    expect(readEnvFile(path.join(dir, 'missing.env'))).toBeNull();
    expect(readEnvFile(path.join(dir, 'sub'))).toBeNull();
  });
});
