// Lint: typescript-eslint's type-checked recommendations, and the boundaries of the house as import zones
// (Dark Reader style): a wrong-way import fails `npm run lint`, not a reviewer's memory.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { FIRST_CHUNK, FIRST_CHUNK_OUTLETS, HEAVY_LIBRARIES } from './tools/first-chunk.js';

// The TypeScript resolver answers with the types package, the bundler with the code: both are the API.
const EXTENSION_API = [
  'node_modules/webextension-polyfill',
  'node_modules/@types/webextension-polyfill',
  'node_modules/@types/chrome',
];

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'coverage/', 'node_modules/', 'src/outlets/generated/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Preact calls event handlers and ignores what they return; an async handler is the normal way to await in one.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Plain ES modules outside the TypeScript project (the CLI's worker entry, which registers tsx): no type info.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Functions passed to page.evaluate() / worker.evaluate() run in the page or the extension, whose globals
    // (chrome, axe, the bench harness) TypeScript cannot see from Node: the no-unsafe-* rules cannot apply there.
    files: ['tests/e2e/**', 'tools/browsers/**', 'scripts/bench.ts', 'scripts/bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // puppeteer's target.type() is a TargetType enum typed as strings; comparing it with 'service_worker' is its documented use.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    // Tests read JSON and mock objects whose shape the assertions check at run time (a wrong shape fails the
    // expect), and mocks implement async APIs without awaiting; vi.fn() methods are unbound by design.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'src/core',
              from: [
                'src/settings',
                'src/messaging',
                'src/content',
                'src/background',
                'src/popup',
                'src/options',
                'src/cli',
                'src/shared',
                ...EXTENSION_API,
              ],
              message: 'core is the pure analysis: no extension API, settings, messaging or UI (it runs in Node too).',
            },
            {
              target: 'src/outlets',
              from: [
                'src/core',
                'src/settings',
                'src/messaging',
                'src/content',
                'src/popup',
                'src/options',
                ...EXTENSION_API,
              ],
              message: 'outlets imports nothing from core: core builds on outlets.',
            },
            {
              target: 'scripts',
              from: 'tests',
              message: 'scripts import nothing from tests: shared helpers live in tools/.',
            },
            {
              target: 'tests',
              from: 'scripts',
              message: 'tests import nothing from scripts: shared helpers live in tools/.',
            },
            {
              target: 'tools',
              from: ['scripts', 'tests'],
              message: 'tools is shared by scripts and tests and imports neither.',
            },
            {
              target: FIRST_CHUNK,
              from: HEAVY_LIBRARIES.map((l) => `node_modules/${l}`),
              message:
                'The content script first chunk (tools/first-chunk.js) loads on every page: no valibot, no tldts.',
            },
            {
              target: FIRST_CHUNK,
              from: 'src/outlets',
              except: FIRST_CHUNK_OUTLETS.map((f) => `./${f.slice('src/outlets/'.length)}`),
              message:
                'The content script first chunk (tools/first-chunk.js) loads on every page: no outlet directory.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'core uses no extension API.' },
        { name: 'browser', message: 'core uses no extension API.' },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
