// Property-based fuzzing of the config loader: any file content gives a LoadedConfig (and a policy)
// or a ConfigError with a one-line message naming the file; never any other exception.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors';
import { buildPolicy, loadConfigFile } from '../src/policy/config';
import { tempDir } from './helpers/tree';

const dir = tempDir('svclint-fuzz-config-');
let counter = 0;

/** Loads `text` from a fresh file named `*.<ext>`; returns what happened, rethrowing anything but a ConfigError. */
function loadText(text: string | Buffer, ext: 'yaml' | 'yml' | 'json'): 'loaded' | 'config-error' {
  const file = path.join(dir, `c${counter++}.${ext}`);
  writeFileSync(file, text);
  try {
    const config = loadConfigFile(file);
    buildPolicy(config, dir);
    return 'loaded';
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message).toContain(file);
    expect(error.message).not.toMatch(/\n/);
    return 'config-error';
  }
}

const ext = fc.constantFrom('yaml' as const, 'yml' as const, 'json' as const);

/** Values shaped like the config (right keys, wrong or right types), so the schema and the policy builder both run. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(1e308, -1, 0.5, Number.MAX_SAFE_INTEGER, '4GiB', '512m', 'x', '', '__proto__', 'error', 'warn', 'off', 2, 'recommended', 'none'),
);
const configLike = fc.dictionary(
  fc.constantFrom(
    'extends',
    'root',
    'capabilities',
    'catchAll',
    'technologyDirs',
    'services',
    'systems',
    'database',
    'budget',
    'rules',
    'exceptions',
    'docs',
    'unknown',
    '__proto__',
  ),
  fc.oneof(
    anyValue,
    fc.dictionary(
      fc.constantFrom(
        'memory',
        'postgres',
        'allocations',
        'isolated',
        'core-infra',
        'n8n',
        'compose-parse',
        'capability',
        'provides',
        '__proto__',
        'constructor',
      ),
      anyValue,
      { maxKeys: 4 },
    ),
    fc.array(fc.record({ rule: anyValue, path: anyValue, reason: anyValue }, { requiredKeys: [] }), { maxLength: 3 }),
  ),
  { maxKeys: 6 },
);

describe('loadConfigFile on hostile files', () => {
  it('arbitrary text: a config or a ConfigError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), ext, (text, e) => void loadText(text, e)),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes: a config or a ConfigError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), ext, (bytes, e) => void loadText(Buffer.from(bytes), e)),
      {
        numRuns: 200,
        // JSON.parse quotes the input in its message: a NUL and a line break once made the one-line error two lines.
        examples: [[Uint8Array.from([0, 10]), 'json']],
      },
    );
  });

  it('any JSON value, as YAML or JSON: a config or a ConfigError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), ext, (value, e) => {
        const text = e === 'json' ? JSON.stringify(value) : stringify(value);
        const outcome = loadText(text, e);
        // Only a mapping (or nothing) can be a config.
        if (value !== null && (typeof value !== 'object' || Array.isArray(value))) expect(outcome).toBe('config-error');
      }),
      { numRuns: 300 },
    );
  });

  it('config-shaped documents with wrong and right types: a config or a ConfigError', () => {
    fc.assert(
      fc.property(configLike, ext, (value, e) => void loadText(e === 'json' ? JSON.stringify(value) : stringify(value), e)),
      // A key holding a line break is quoted in the schema message: it must stay one line.
      {
        numRuns: 400,
        examples: [
          [{ 'a\nb': 1 }, 'yaml'],
          [{ rules: { 'x\ry': 'error' } }, 'json'],
        ],
      },
    );
  });

  it('YAML syntax fragments (anchors, aliases, tags, complex keys, documents): a config or a ConfigError', () => {
    const fragment = fc.constantFrom(
      'rules:',
      'budget:',
      'memory:',
      ' ',
      '  ',
      '\n',
      '- ',
      ': ',
      '? ',
      '&a ',
      '*a',
      '<<: ',
      '!!binary ',
      '!!int ',
      '!custom ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '|',
      '---\n',
      '%YAML 1.1\n',
      '1e400',
      '0x',
      '~',
      'error',
      'é',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => void loadText(parts.join(''), 'yaml')),
      { numRuns: 400 },
    );
  });
});
