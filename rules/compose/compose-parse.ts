import path from 'node:path';
import { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES } from '../../src/compose';
import { defineRule } from '../support';

const COMPOSE_NAMES = new Set<string>([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_FILE_NAMES]);

export default defineRule(
  {
    id: 'compose-parse',
    group: 'compose',
    severity: 'error',
    description: 'A compose file that does not parse as YAML (line and column of the error), or that Docker Compose never reads',
    rationale: 'A stack that does not load does not start; every other compose file is still linted, so one broken file does not hide the rest.',
  },
  ({ model, report }) => {
    const used = new Set<string>();
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        used.add(file.abs);
        for (const error of file.errors) {
          report({
            loc: { file: file.abs, line: error.line, column: error.column },
            message: `Compose file does not load: ${error.message}.`,
            fix: 'Fix the YAML at this position (indent with spaces, quote values holding `: ` or `#`, close every quote and bracket); `docker compose config` shows the same error.',
          });
        }
      }
    }
    // A folder with compose.yaml and docker-compose.yml: Compose reads the first name only, so
    // edits to the other one never reach the host.
    for (const stack of model.stacks) {
      const names = new Set((model.tree.children.get(relDir(model.root, stack.dir)) ?? []).filter((e) => e.kind === 'file').map((e) => e.name));
      const main = path.basename(stack.file);
      const overrides = stack.files.slice(1).map((f) => path.basename(f.abs));
      for (const name of names) {
        if (!COMPOSE_NAMES.has(name) || used.has(path.join(stack.dir, name))) continue;
        const isOverride = (COMPOSE_OVERRIDE_FILE_NAMES as readonly string[]).includes(name);
        const reads = isOverride ? `${main} with ${overrides.join(', ')}` : main;
        report({
          loc: { file: path.join(stack.dir, name), line: 1, column: 1 },
          message: `Docker Compose ignores ${name}: in this folder it reads ${reads}.`,
          fix: isOverride
            ? `Merge ${name} into ${overrides[0] ?? 'the override file in use'} and delete it.`
            : `Merge what ${name} adds into ${main} and delete ${name} (or pass it with -f, under a name Compose does not pick up by itself).`,
        });
      }
    }
  },
);

function relDir(root: string, dir: string): string {
  return path.relative(root, dir).split(path.sep).join('/');
}
