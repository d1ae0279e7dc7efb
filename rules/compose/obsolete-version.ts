import { locateInFile } from '../../src/compose/locate-file';
import { defineRule } from '../support';

export default defineRule(
  {
    id: 'obsolete-version',
    group: 'compose',
    severity: 'warning',
    description: 'A top-level `version:` key',
    rationale: 'The Compose Specification made `version:` obsolete: Docker Compose ignores it and warns on every run.',
  },
  ({ model, report }) => {
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        if (!file.data || !Object.hasOwn(file.data, 'version')) continue;
        report({
          loc: locateInFile(file, ['version'], true),
          message: `Top-level 'version: ${String(file.data.version)}' is obsolete: Docker Compose ignores it and warns "the attribute \`version\` is obsolete".`,
          fix: `Delete the 'version:' line (set a top-level 'name:' if you want a fixed project name).`,
        });
      }
    }
  },
);
