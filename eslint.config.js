import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** no-restricted-imports per folder of src/lib: each folder names the folders it must not import, nor src/app. */
function layerRules(forbidden) {
  return Object.entries(forbidden).map(([folder, later]) => ({
    files: [`src/lib/${folder}/**/*.{ts,svelte}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...later, 'app'].map((name) => ({
            group: [`**/${name}/**`],
            message: `src/lib/${folder}/ must not import ${name}/: data flows one way (see ARCHITECTURE.md).`,
          })),
        },
      ],
    },
  }));
}

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One-way layering (DESIGN.md): a folder never imports a folder later in the flow
  // survey -> prompt -> engines -> runner -> store -> metrics -> charts -> views.
  ...layerRules({
    survey: ['prompt', 'engines', 'runner', 'store', 'metrics', 'charts', 'views'],
    prompt: ['engines', 'runner', 'store', 'metrics', 'charts', 'views'],
    engines: ['runner', 'store', 'metrics', 'charts', 'views'],
    metrics: ['prompt', 'engines', 'runner', 'store', 'charts', 'views'],
    charts: ['prompt', 'engines', 'runner', 'store', 'views'],
  }),
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
);
