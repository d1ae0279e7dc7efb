// The generated Compose validator checks `uniqueItems` with Maps instead of ajv's plain objects
// (scripts/build-schemas.mjs): on lists of strings with and without duplicates, `__proto__` and
// names every object inherits included, it must answer exactly as ajv's own compile of the schema.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import validate from '../src/compose/schema/validate-compose.generated';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('generated validator, uniqueItems', () => {
  it('gives the errors ajv gives', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas/compose-spec.json'), 'utf8'));
    // The options of scripts/build-schemas.mjs.
    const reference = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, verbose: true }).compile(schema);
    const lists = [
      [],
      ['A=1'],
      ['A=1', 'B=2', 'C=3'],
      ['A=1', 'B=2', 'A=1'],
      ['x', 'x', 'x'],
      ['__proto__', '__proto__'],
      ['__proto__', 'a', '__proto__', 'a'],
      ['constructor', 'constructor'],
      ['toString', 'a', 'toString'],
      ['hasOwnProperty', 'valueOf', 'hasOwnProperty'],
      ['1', '01', '1.0', '1'],
      ['', ''],
    ];
    for (const list of lists) {
      const document = {
        services: {
          web: {
            image: 'nginx',
            environment: list,
            labels: list,
            dns: list,
            cap_add: list,
            networks: list,
            depends_on: list,
            profiles: list,
          },
        },
        networks: {},
      };
      const ours = validate(document);
      const theirs = reference(document);
      expect(ours, JSON.stringify(list)).toBe(theirs);
      expect(validate.errors ?? null, JSON.stringify(list)).toEqual(reference.errors ?? null);
      const duplicates = list.filter((item, i) => list.indexOf(item) !== i && item !== '__proto__');
      // A duplicate is an error of each list (ajv never sees a second '__proto__').
      expect((validate.errors ?? []).filter((e) => e.keyword === 'uniqueItems').length > 0, JSON.stringify(list)).toBe(duplicates.length > 0);
    }
  });
});
