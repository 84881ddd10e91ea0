import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'docs/api/', 'coverage/', 'node_modules/', 'schemas/', 'examples/web/app/', 'examples/embed/app/', 'packages/*/dist/', 'packages/*/schemas/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union of literals.' }],
    },
  },
  {
    // The core floor never reaches up to the tools floor (sheets, command, reports).
    files: ['src/**/*.ts'],
    ignores: ['src/sheets.ts', 'src/sheet/**', 'src/read/**', 'src/pipelines/**', 'src/output/**', 'src/elements/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/sheets.js', '**/sheet/**', '**/read/**', '**/pipelines/**', '**/output/**', '**/elements/**', '**/cli/**', 'hmip-ratings-sheets', 'papaparse', 'exceljs', '@observablehq/plot', 'linkedom'], message: 'The core imports only downwards: rules, model, frameworks and zod.' }] },
      ],
    },
  },
  {
    // The tools floor reaches the core only through its public API, so each package has one copy.
    files: ['src/sheets.ts', 'src/sheet/**/*.ts', 'src/read/**/*.ts', 'src/pipelines/**/*.ts', 'src/output/**/*.ts', 'src/elements/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)(model|rules|framework|frameworks|cases|margins|evidence|format|published|sampling|confidence|moderation|live|breakdown|trend|grades|actions)/|(^|/)index\\.js$|^\\.\\./\\.\\./\\.\\./', message: "Import the core from 'hmip-ratings'." }] },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['scripts/**/*.mjs', 'examples/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
