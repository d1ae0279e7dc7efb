// Every compose file of the real-world corpus loads: no throw, and no error on a file Docker
// Compose accepts. Files INVALID.md lists as YAML errors are decided by what the `yaml` package
// (YAML 1.2, like compose-go) does, see docs/compose-loader.md.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStack } from '../src/compose';
import { corpusDir, corpusFile } from './compose-fixtures';

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(abs, out);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(abs);
  }
  return out;
}

const load = (abs: string) => loadStack(abs, [], { archived: false });

describe('compose corpus', () => {
  const all = yamlFiles(corpusDir());
  const composeNamed = all.filter((abs) => path.basename(abs).includes('compose'));

  it('finds the corpus', () => {
    expect(composeNamed.length).toBeGreaterThan(1000);
  });

  it('loads every file named *compose*.yml|yaml without throwing and without an error', () => {
    const started = performance.now();
    const failures: string[] = [];
    let services = 0;
    for (const abs of composeNamed) {
      const stack = load(abs);
      services += stack.services.length;
      for (const file of stack.files) {
        for (const error of file.errors) failures.push(`${path.relative(corpusDir(), file.abs)}:${error.line}:${error.column} ${error.message}`);
      }
    }
    const elapsed = performance.now() - started;
    console.log(`compose corpus: ${composeNamed.length} files, ${services} services loaded in ${elapsed.toFixed(0)} ms`);
    expect(failures).toEqual([]);
  });

  it('every YAML file of the corpus (fragments included) loads without throwing', () => {
    for (const abs of all) expect(() => load(abs)).not.toThrow();
  });

  it('loads every ScaleTail stack with its services and no error', () => {
    const servicesDir = corpusFile('tailscale-dev__ScaleTail/services');
    const stacks = fs
      .readdirSync(servicesDir)
      .map((name) => ['compose.yaml', 'compose.yml'].map((file) => path.join(servicesDir, name, file)).find((abs) => fs.existsSync(abs)))
      .filter((abs): abs is string => abs !== undefined);
    expect(stacks.length).toBeGreaterThan(100);
    for (const abs of stacks) {
      const stack = load(abs);
      expect(stack.files[0]!.errors, abs).toEqual([]);
      expect(stack.services.length, abs).toBeGreaterThan(0);
      for (const service of stack.services) expect(service.loc?.line, `${abs} ${service.name}`).toBeGreaterThan(0);
    }
  });

  it('INVALID.md yaml-error: the `<<` of a scalar is rejected', () => {
    const stack = load(corpusFile('compose-spec__compose-go/_extracted_from_go_tests/loader__reset__L00504__TestMergeKeyAliasToScalarRejected.yaml'));
    expect(stack.files[0]!.errors).toEqual([{ message: 'merge key << requires a mapping or a list of mappings', line: 6, column: 9 }]);
  });

  it('INVALID.md yaml-error: navidrome (TAB before a colon) loads, as in yaml and Docker Compose', () => {
    const abs = corpusFile('GeekTekRob__gtr_homelab/services/navidrome/docker-compose.yml');
    expect(fs.readFileSync(abs, 'utf8')).toContain('ND_LASTFM_ENABLED\t:');
    const stack = load(abs);
    expect(stack.files[0]!.errors).toEqual([]);
    const navidrome = stack.services.find((s) => s.name === 'navidrome')!;
    expect(navidrome.environment.map((v) => v.name)).toContain('ND_LASTFM_ENABLED');
    // CRLF file: line 19 holds the TAB key.
    expect(navidrome.environment.find((v) => v.name === 'ND_LASTFM_ENABLED')!.loc).toMatchObject({ line: 19, column: 7 });
  });

  it('compose-go empty.yaml is "empty compose file"', () => {
    expect(load(corpusFile('compose-spec__compose-go/loader/testdata/empty.yaml')).files[0]!.errors).toEqual([
      { message: 'empty compose file', line: 1, column: 1 },
    ]);
  });
});
