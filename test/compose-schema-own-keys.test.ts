// The generated Compose validator asks a Set of the service's own keys before each of its ~90
// property tests (scripts/build-schemas.mjs, testOwnKeysWithSets): on every compose file of the
// corpus and the reference fixtures, and on services that set every property with a wrong type,
// unknown and prototype-named keys, it must answer exactly as ajv's own compile of the schema.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import validate from '../src/compose/schema/validate-compose.generated';
import { parseComposeFile } from '../src/compose/parse-file';
import { corpusDir } from './helpers/cli';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas/compose-spec.json'), 'utf8'));
// The options of scripts/build-schemas.mjs.
const reference = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, verbose: true }).compile(schema);

/** Differences between the generated validator and ajv's on each document (at most 20 listed). */
function differences(documents: [string, unknown][]): string[] {
  const out: string[] = [];
  for (const [name, document] of documents) {
    const ours = validate(document);
    const oursErrors = validate.errors ?? null;
    const theirs = reference(document);
    const theirErrors = reference.errors ?? null;
    if (ours !== theirs || JSON.stringify(oursErrors) !== JSON.stringify(theirErrors)) out.push(name);
    if (out.length >= 20) break;
  }
  return out;
}

describe('generated validator, property tests by own keys', () => {
  it('gives the errors ajv gives on every compose file of the corpus and the reference fixtures', () => {
    const roots = [corpusDir(), path.resolve(corpusDir(), '../compose-reference')];
    const files = roots.flatMap((root) => globSync(['**/*.{yml,yaml}'], { cwd: root, absolute: true, dot: true })).sort();
    const documents: [string, unknown][] = [];
    for (const file of files) {
      const data = parseComposeFile(file, fs.readFileSync(file)).data;
      if (data && typeof data === 'object' && 'services' in data) documents.push([file, data]);
    }
    expect(documents.length).toBeGreaterThan(1000);
    expect(differences(documents)).toEqual([]);
  });

  it('gives the errors ajv gives for every service property, wrong, right, null or missing', () => {
    const service = schema.$defs.service as { properties: Record<string, unknown> };
    const properties = Object.keys(service.properties);
    expect(properties.length).toBeGreaterThan(80);
    const values: unknown[] = [null, 'text', 7, true, ['a', 'a'], { a: 1 }, [{ x: 1 }], {}];
    const documents: [string, unknown][] = [];
    for (const [index, value] of values.entries()) {
      // Each property alone, then all of them at once (in schema order and reversed).
      for (const property of properties) documents.push([`${property}=${JSON.stringify(value)}`, { services: { web: { [property]: value } } }]);
      const all = Object.fromEntries(properties.map((property) => [property, value]));
      const reversed = Object.fromEntries([...properties].reverse().map((property) => [property, value]));
      documents.push([`all=${index}`, { services: { web: all } }], [`reversed=${index}`, { services: { web: reversed } }]);
    }
    // Unknown, extension and prototype-named keys; a service that is not a mapping.
    const odd = ['x-extra', 'unknown', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', ''];
    for (const key of odd) {
      const web: Record<string, unknown> = { image: 'nginx' };
      Object.defineProperty(web, key, { value: 'v', enumerable: true, configurable: true, writable: true });
      documents.push([`key ${key}`, { services: { web } }]);
    }
    documents.push(['null service', { services: { web: null } }], ['list service', { services: { web: ['image'] } }]);
    expect(differences(documents)).toEqual([]);
  });
});
