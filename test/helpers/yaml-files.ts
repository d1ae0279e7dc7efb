// The YAML file sets that position tests compare two answers on: every YAML file of the corpus,
// and the repository's examples plus a generated tree (forms the corpus has few of).
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { generateTree } from '../../bench/generate.mjs';
import { corpusDir } from './cli';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const YAML = ['**/*.{yml,yaml}'];

/** Every YAML file of ../shared/corpus, sorted. */
export function corpusYamlFiles(): string[] {
  return globSync(YAML, { cwd: corpusDir(), absolute: true, dot: true }).sort();
}

/** The examples' YAML files and those of a 300-service tree generated into `scratch/tree`, sorted. */
export function exampleAndGeneratedYamlFiles(scratch: string): string[] {
  const tree = path.join(scratch, 'tree');
  generateTree(tree, { services: 300, seed: 3 });
  return [
    ...globSync(['examples/**/*.{yml,yaml}'], { cwd: repoRoot, absolute: true, dot: true }),
    ...globSync(YAML, { cwd: tree, absolute: true, dot: true }),
  ].sort();
}
