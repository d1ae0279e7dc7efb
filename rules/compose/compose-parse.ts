import path from 'node:path';
import { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES, defineRule } from '../../src/api';
import { firstTime } from './shared';

const COMPOSE_NAMES = new Set<string>([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_FILE_NAMES]);

export default defineRule({
  meta: {
    id: 'compose-parse',
    group: 'compose',
    severity: 'error',
    description:
      'A compose file (or its `.env`, an env_file, an included or extended file) that does not parse: YAML, an invalid `${...}` template, `.env` syntax (line and column of the error); or a compose file Docker Compose never reads',
    rationale: 'A stack that does not load does not start; every other compose file is still linted, so one broken file does not hide the rest.',
    messages: {
      doesNotLoad: 'Compose file does not load: {{error}}.',
      fixYaml:
        'Fix the YAML at this position (indent with spaces, quote values holding `: ` or `#`, close every quote and bracket); `docker compose config` shows the same error.',
      fixTemplate:
        'Write `${NAME}`, `${NAME:-default}`, `${NAME:?error}` or `${NAME:+alternative}` (a name of letters, digits and _), or `$$` for a literal `$`.',
      fixRequired: 'Give the variable a value in `.env`, or a default with `${NAME:-default}`.',
      fixEnvFile: 'Fix the line as Docker Compose reads env files: `KEY=value`, quotes closed, no space in the key, `$$` for a literal `$`.',
      ignored: 'Docker Compose ignores {{name}}: in this folder it reads {{reads}}.',
      mergeOverride: 'Merge {{name}} into {{override}} and delete it.',
      mergeMain: 'Merge what {{name}} adds into {{main}} and delete {{name}} (or pass it with -f, under a name Compose does not pick up by itself).',
    },
  },
  check({ model, report }) {
    const used = new Set<string>();
    const once = firstTime();
    for (const stack of model.stacks) {
      for (const file of [...stack.files, ...(stack.imported ?? [])]) {
        used.add(file.abs);
        for (const error of file.errors) {
          const loc = { file: file.abs, line: error.line, column: error.column };
          if (!once(loc, error.message)) continue;
          report({ loc, messageId: 'doesNotLoad', fixId: 'fixYaml', data: { error: error.message } });
        }
      }
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== 'compose-parse' || !once(issue.loc, issue.message)) continue;
        report({
          loc: issue.loc,
          path: stack.file,
          messageId: 'doesNotLoad',
          fixId: /interpolation|template/.test(issue.message) ? 'fixTemplate' : /required variable/.test(issue.message) ? 'fixRequired' : 'fixEnvFile',
          data: { error: issue.message },
        });
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
        report({
          loc: { file: path.join(stack.dir, name), line: 1, column: 1 },
          messageId: 'ignored',
          fixId: isOverride ? 'mergeOverride' : 'mergeMain',
          data: { name, reads: isOverride ? `${main} with ${overrides.join(', ')}` : main, override: overrides[0] ?? 'the override file in use', main },
        });
      }
    }
  },
});

function relDir(root: string, dir: string): string {
  return path.relative(root, dir).split(path.sep).join('/');
}
