import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * no-restricted-imports per folder of src/lib: each folder names the folders it must not import, nor src/app (the
 * shell on top). ESLint keeps only the last matching config's options for a rule, so a subfolder's entry (a page of
 * views/) must come after its parent's and repeats what the parent forbids.
 */
function layerRules(forbidden, why = 'data flows one way') {
  return Object.entries(forbidden).map(([folder, later]) => ({
    files: [`src/lib/${folder}/**/*.{ts,svelte}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...later, 'app'].map((name) => ({
            group: [`**/${name}/**`],
            message: `src/lib/${folder}/ must not import ${name}/: ${name === 'app' ? 'data flows one way' : why} (see ARCHITECTURE.md).`,
          })),
        },
      ],
    },
  }));
}

/** Each page of views/ names the pages it must not reach into; what pages share lives in views/shared, views/analysis. */
const PAGES = ['explore', 'run', 'results', 'compare', 'manage', 'about'];
const otherPages = (page) => PAGES.filter((other) => other !== page);

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Engines, fakes and stores implement Promise-returning interfaces; `async` says so more plainly than
      // wrapping every return in Promise.resolve.
      '@typescript-eslint/require-await': 'off',
      // An aborted signal's `reason` is typed `any` but is the DOMException the platform itself rejects with.
      // Disagrees with tsc on noUncheckedIndexedAccess (it calls `array[0] as T` unnecessary); tsc is the judge.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
    },
  },
  // One-way layering (DESIGN.md): a folder never imports a folder later in the flow
  // validate -> survey -> prompt -> engines -> runner -> store -> metrics -> charts -> views -> src/app.
  // The runner persists through the store, so it may import store/; the store never imports the runner.
  ...layerRules({
    validate: ['survey', 'prompt', 'engines', 'runner', 'store', 'metrics', 'charts', 'views'],
    survey: ['prompt', 'engines', 'runner', 'store', 'metrics', 'charts', 'views'],
    prompt: ['engines', 'runner', 'store', 'metrics', 'charts', 'views'],
    engines: ['runner', 'store', 'metrics', 'charts', 'views'],
    runner: ['metrics', 'charts', 'views'],
    store: ['runner', 'metrics', 'charts', 'views'],
    metrics: ['prompt', 'engines', 'runner', 'store', 'charts', 'views'],
    charts: ['prompt', 'engines', 'runner', 'store', 'views'],
    views: [],
  }),
  // Pages do not reach into each other's internals: what several pages show (the list of runs) is in views/shared.
  ...layerRules(
    Object.fromEntries(PAGES.map((page) => [`views/${page}`, otherPages(page)])),
    'a page does not reach into another page; share through views/shared or views/analysis',
  ),
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  {
    // svelte-eslint-parser does not infer the type parameters of generic components, so callback and snippet
    // parameters in markup read as `any`; svelte-check (npm run check) types them and fails on real errors.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // vitest's asymmetric matchers (expect.closeTo, expect.stringContaining, …) are typed `any`.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.js'], ...ts.configs.disableTypeChecked },
);
