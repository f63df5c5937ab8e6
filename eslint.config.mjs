// Lint rules, and the folder rules of README.md § Layout written as import boundaries.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** What only a browser page has; pure code and build code must not reach for it. */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'requestAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'innerWidth',
  'innerHeight',
  'scrollX',
  'scrollY',
  'addEventListener',
  'IntersectionObserver',
].map((name) => ({ name, message: 'src/lib is pure TypeScript: pass values in from a script or component instead.' }));

const restrict = (patterns) => ['error', { patterns }];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'public/', 'tests/fixtures/**/dist/', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // Code that runs in the reader's browser.
  {
    files: ['src/scripts/**', 'src/service-worker/**', 'src/components/**', 'src/layouts/**', 'src/pages/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  // src/lib: pure and unit-tested. No component, no astro:* module, no DOM.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['*.astro', '**/components/**', '**/layouts/**'], message: 'src/lib imports no component.' },
        {
          group: ['astro:*', 'astro/*', 'astro'],
          message: 'src/lib imports no astro:* module: read the content in src/utils and pass it in.',
        },
        {
          group: ['**/scripts/**', '**/utils/**', '**/integrations/**'],
          message: 'src/lib depends on nothing but itself, src/i18n and src/schemas types.',
        },
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // src/utils: build-time reads of the content collections; never rendered markup or the DOM.
  {
    files: ['src/utils/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['*.astro', '**/components/**', '**/layouts/**'], message: 'src/utils returns data; components render it.' },
        { group: ['**/scripts/**'], message: 'src/utils runs at build time; src/scripts in the browser.' },
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // src/integrations: Node build hooks. They read built files, never the collections or the DOM.
  {
    files: ['src/integrations/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['*.astro', '**/components/**', '**/layouts/**'], message: 'Integrations work on the built files, not on components.' },
        { group: ['astro:*'], message: 'Integrations run outside the render: astro:* modules are not there.' },
        { group: ['**/scripts/**'], message: 'src/scripts is browser code.' },
        {
          // utils/traditional converts with the overrides it reads from the content index, for the render and the build hooks alike.
          group: ['**/utils/**', '!**/utils/content-index', '!**/utils/traditional'],
          message: 'Integrations read the content through the content index only; the rest of src/utils serves the render.',
        },
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // src/loaders: fill Astro's collections from the one content reader.
  {
    files: ['src/loaders/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['*.astro', '**/components/**', '**/layouts/**', '**/scripts/**', '**/integrations/**'],
          message: 'Loaders only fill the collections.',
        },
        { group: ['**/utils/**', '!**/utils/content-index'], message: 'Loaders read the content through the content index only.' },
      ]),
    },
  },
  // src/scripts: the small client scripts. They read what the page holds, never the collections.
  {
    files: ['src/scripts/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['astro:*'], message: 'Client scripts cannot read the content collections: render the data into the page.' },
        {
          group: ['**/utils/**', '**/integrations/**', '*.astro'],
          message: 'Client scripts import only src/lib, src/i18n and each other.',
        },
        { group: ['d3'], message: 'Import the d3 module used (d3-selection, d3-scale …), not the whole of d3.' },
      ]),
    },
  },
  // Ambient declarations cannot import without turning into modules.
  { files: ['**/*.d.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  {
    files: ['tests/**', 'scripts/**', '*.config.*', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
