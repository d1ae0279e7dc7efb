import type { ComposeFile } from '../../src/types';
import { locateInFile } from '../../src/compose/locate-file';
import { defineRule } from '../support';

export default defineRule(
  {
    id: 'compose-schema',
    group: 'compose',
    severity: 'error',
    description: 'A compose file that breaks the Compose Specification schema; the message names the key and its line',
    rationale: 'Docker Compose refuses a file with an unknown or mistyped key; a typo such as `enviroment` otherwise only shows on the host, at deploy time.',
  },
  async ({ model, report }) => {
    const files: ComposeFile[] = model.stacks.flatMap((stack) => stack.files).filter((file) => file.errors.length === 0 && file.data !== null);
    if (files.length === 0) return;
    // The generated validator is large: load it only when there is something to validate.
    const { validateComposeSchema } = await import('../../src/compose/schema');
    for (const file of files) {
      // Each file on its own, as compose-go validates every file before merging overrides onto it.
      for (const issue of validateComposeSchema(file.data)) {
        report({
          loc: locateInFile(file, issue.path, issue.atKey),
          message: `${issue.message}.`,
          fix: issue.suggestion
            ? `Write '${issue.suggestion}' here instead.`
            : `Change '${issue.keyPath || 'the top level'}' to what the Compose Specification allows there (https://github.com/compose-spec/compose-spec/blob/main/spec.md).`,
        });
      }
    }
  },
);
