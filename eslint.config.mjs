// ESLint flat config: typescript-eslint's recommended rules, plus the rule that keeps the core pure.
import js from '@eslint/js';
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
