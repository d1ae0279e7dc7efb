// Finds every stack (a compose file plus its overrides) in the scanned tree and loads it once.
import path from 'node:path';
import type { FileCache } from '../files/cache';
import { findComposeFiles, loadStack } from '../compose';
import type { Stack } from '../compose/types';
import type { Policy } from '../policy/types';
import type { Tree } from '../scan/types';

/** Whether a tree path (rel to root) lies in an inactive capability such as archive/. */
export function isInactivePath(rel: string, policy: Policy): boolean {
  const top = rel.split('/')[0] ?? '';
  return policy.capabilities.get(top)?.inactive === true;
}

const ENV_FILE = '.env';

export function loadStacks(tree: Tree, policy: Policy, files: FileCache): Stack[] {
  const stacks: Stack[] = [];
  for (const [dirRel, entries] of tree.children) {
    const fileNames = entries.filter((e) => e.kind === 'file').map((e) => e.name);
    const { main, overrides } = findComposeFiles(fileNames);
    if (!main) continue;
    const dirAbs = dirRel === '' ? tree.root : path.join(tree.root, dirRel);
    // The scan listed the folder: a `.env` not in the listing is not there, and no read is tried.
    if (!entries.some((e) => e.name === ENV_FILE)) files.knowAbsent(path.join(dirAbs, ENV_FILE));
    const stack = loadStack(
      path.join(dirAbs, main),
      overrides.map((o) => path.join(dirAbs, o)),
      { archived: isInactivePath(dirRel, policy), readFile: (abs) => files.read(abs), fileKind: (abs) => files.kind(abs), readText: (abs) => files.text(abs) },
    );
    // The cache keeps the text the loader parsed, not the bytes too.
    for (const file of [...stack.files, ...(stack.imported ?? [])]) if (file.text !== '') files.adopt(file.abs, file.text);
    stacks.push(stack);
  }
  stacks.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // A stack file that `include:`s another stack of the tree (a capability's top-level compose file
  // including its services' files) runs the same containers: each service counts once, in its own stack.
  const mainFiles = new Set(stacks.map((stack) => stack.file));
  for (const stack of stacks) stack.services = stack.services.filter((service) => !service.includedFrom || !mainFiles.has(service.includedFrom));
  return stacks;
}
