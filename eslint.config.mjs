// ESLint flat config: typescript-eslint's recommended rules, plus the rules that keep the layers (ARCHITECTURE.md,
// "Invariants"): the core is pure, hosts enter the core by its facade only, the shared module imports no core code;
// and eslint-plugin-regexp's check that no regex in the server can backtrack super-linearly.
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
  {
    // Hosts (the server's wiring, the CLI, the VS Code client) use the core through its facade, core/index.ts, and
    // share settings, messages and entity kinds through server/src/shared/.
    files: ['server/src/*.ts', 'server/src/cli/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '(^|/)core/(?!index$)', message: 'Hosts import the core only through its facade (core/index.ts) or server/src/shared/: export what you need from there.' },
        ],
      }],
    },
  },
  {
    // The shared module is bundled into the client: it holds data and types only, and names the core's profile shape
    // with type imports alone.
    files: ['server/src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '(^|/)core/profile$', allowTypeImports: true, message: 'shared/ may name the profile shape (import type) but not import core code.' },
          { regex: '(^|/)core(/(?!profile$)|$)', message: 'shared/ imports no core code: the core imports shared/, not the other way.' },
          { regex: '^(vscode|vscode-languageserver|vscode-languageclient)(/|$)', message: 'shared/ is plain data and types for both sides.' },
          { regex: '^(node:)?(fs|path|child_process)(/|$)', message: 'shared/ touches no files.' },
        ],
      }],
    },
  },
);
