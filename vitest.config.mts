import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['{lib,components,bin,tests}/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
