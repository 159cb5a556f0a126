import { defineConfig } from 'vitest/config';

/** End-to-end tests: the production build served by `vite preview`, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time: the machine has two cores and Phaser renders through SwiftShader.
    fileParallelism: false,
  },
});
