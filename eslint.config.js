// typescript-eslint's recommended rules on the sources, rules, tests, scripts and the example
// (`npm run lint`; CI runs it). Formatting is Prettier's (`npm run format:check`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/node_modules/**', '.bench-trees/**', '**/*.generated.js', '**/*.generated.d.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions follow a check the compiler cannot see (noUncheckedIndexedAccess is on).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Sanitisers and terminal-output tests match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The HTML report's script runs in the browser.
    files: ['src/format/html/client.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
