import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests, each with one job:
 * - unit: pure modules in src/lib, beside the code;
 * - build: the built HTML in .test-builds/ (parsed, not grepped), plus builds of broken fixtures;
 * - search: search quality on the real Pagefind index, through Pagefind's JS API in Node;
 * - e2e: Chromium against the built site served over HTTP.
 * tests/setup/build-site.ts builds the site once per run (root base and sub-path base) for build, search and e2e tests.
 */
export default defineConfig({
  test: {
    // Once for the whole run, not once per project: three projects read the same two builds.
    globalSetup: ['tests/setup/build-site.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'search',
          include: ['tests/search/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
