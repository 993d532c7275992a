// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'test-results/**', 'bench/results/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The shipped code stays small and readable: one concern per file.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/catalog/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The language packs are data, not code: a pack's records may run past the file limit.
    files: ['src/lang/*/**'],
    rules: { 'max-lines': 'off' },
  },
  {
    // core never imports ui (layers flow down); catalog imports nothing but types.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../ui/*', '../ui', 'preact', 'preact/*', '@preact/signals'] },
      ],
    },
  },
  {
    // The panel's files use classic JSX (`/** @jsx h */`): every element is a call to `h`.
    files: ['src/ui/**/*.tsx'],
    languageOptions: { parserOptions: { jsxPragma: 'h' } },
  },
  {
    files: ['bench/**', 'scripts/**', 'test/e2e/**', 'demo/**'],
    rules: { 'no-console': 'off' },
  },
);
