import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests, each with one job:
 * - unit: pure modules in src/lib, beside the code;
 * - build: the built HTML in .test-builds/ (parsed, not grepped), plus builds of broken fixtures;
 * - e2e: Chromium against the built site served over HTTP.
 * tests/setup/build-site.ts builds the site once (root base and sub-path base) before build and e2e tests.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
