import { defineRule } from '../../src/api';

export default defineRule({
  meta: {
    id: 'obsolete-version',
    group: 'compose',
    severity: 'warning',
    description: 'A top-level `version:` key',
    rationale: 'The Compose Specification made `version:` obsolete: Docker Compose ignores it and warns on every run.',
    messages: {
      obsolete: 'Top-level \'version: {{version}}\' is obsolete: Docker Compose ignores it and warns "the attribute `version` is obsolete".',
      deleteIt: "Delete the 'version:' line (set a top-level 'name:' if you want a fixed project name).",
    },
    docs: {
      examples: {
        valid: [{ description: 'no version key', files: { 'services/core-infra/compose.yaml': 'services:\n  traefik:\n    image: traefik:v3.0\n' } }],
        invalid: [
          { description: "version: '3.8'", files: { 'services/core-infra/compose.yaml': "version: '3.8'\nservices:\n  traefik:\n    image: traefik:v3.0\n" } },
        ],
      },
    },
  },
  check({ model, report, locateInFile }) {
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        if (!file.data || !Object.hasOwn(file.data, 'version')) continue;
        report({ loc: locateInFile(file, ['version'], true), messageId: 'obsolete', fixId: 'deleteIt', data: { version: String(file.data.version) } });
      }
    }
  },
});
