// ESLint flat config: typescript-eslint's recommended rules, the rule that keeps the core pure, and
// eslint-plugin-regexp's check that no regex in the server can backtrack super-linearly.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-output/**', '.e2e/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', URL: 'readonly' } },
    rules: {
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // No regex that can backtrack super-linearly: the server's regexes run on document text (issue #16).
    files: ['server/src/**/*.ts'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error' },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'The core is pure: no vscode API.' },
          { group: ['vscode-languageserver', 'vscode-languageserver/*'], message: 'The core is pure: use vscode-languageserver-types, not a connection.' },
          { group: ['fs', 'node:fs', 'fs/*', 'node:fs/*', 'path', 'node:path', 'child_process', 'node:child_process'], message: 'The core is pure: no file system; the host passes text in.' },
        ],
      }],
    },
  },
);
