import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fake-openai/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
