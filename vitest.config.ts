import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// SVCLINT_TEST_JSON=FILE (set by .ci/run) adds a JSON report beside the usual output, so CI runs
// exactly the README's `npm test` and still prints a closing count line.
const json = process.env.SVCLINT_TEST_JSON;

export default defineConfig({
  // The example's rule tests import the published names; here they are the sources.
  resolve: {
    alias: [
      { find: /^svclint\/testing$/, replacement: fileURLToPath(new URL('./src/api/testing.ts', import.meta.url)) },
      { find: /^svclint$/, replacement: fileURLToPath(new URL('./src/api/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/custom-rules/svclint-rules/**/*.test.ts'],
    // End-to-end tests run dist/: rebuild it first when a source is newer (never test a stale bundle).
    globalSetup: ['test/helpers/fresh-dist.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    ...(json ? { reporters: ['default', 'json'], outputFile: { json } } : {}),
  },
});
