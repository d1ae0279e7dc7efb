import { defineRule } from '../../src/api';

export default defineRule({
  meta: {
    id: 'stale-doc-path',
    group: 'structure',
    severity: 'warning',
    description: 'A document (config docs: globs) that names a services path that does not exist',
    rationale: 'Phase 5 of the migration updates documentation; success means "documentation references consistent (all docs point to same paths)".',
    messages: {
      missing: "'{{path}}' does not exist in the services tree.",
      update: 'Update the path (e.g. from `svclint place {{name}}`) or remove the reference.',
    },
  },
  check({ report, docReferences }) {
    // The documents are read through the run's file cache (the model's doc references).
    for (const ref of docReferences()) {
      if (ref.exists) continue;
      report({
        loc: { file: ref.file, line: ref.line, column: ref.column },
        messageId: 'missing',
        fixId: 'update',
        data: { path: ref.text, name: ref.rel.split('/').pop() ?? ref.rel },
      });
    }
  },
});
