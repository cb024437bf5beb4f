import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** The two builds every build and browser test reads: served at `/` and under a sub-path. */
export const BUILDS = {
  root: { outDir: '.test-builds/root', site: 'https://guide.example.org', base: '/' },
  subpath: { outDir: '.test-builds/subpath', site: 'https://guide.example.org', base: '/zhima-guide/' },
} as const;

export type BuildName = keyof typeof BUILDS;

declare module 'vitest' {
  export interface ProvidedContext {
    builds: typeof BUILDS;
  }
}

/** The environment without what Vitest sets inside a test (BASE_URL, MODE, NODE_ENV=test…), which Vite would take as its own. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return env;
}

/** Runs `astro build` with the given deployment settings; returns stdout+stderr, throws on failure. */
export function astroBuild(options: { root?: string; outDir: string; site: string; base: string }): string {
  const root = options.root ?? process.cwd();
  return execFileSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.resolve(root, options.outDir)], {
    cwd: root,
    env: { ...buildEnv(), SITE_URL: options.site, BASE: options.base, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

/** Builds both sites once per test run (set REUSE_BUILDS=1 to keep existing ones while iterating). */
export default function setup(project: TestProject): void {
  for (const build of Object.values(BUILDS)) {
    if (process.env.REUSE_BUILDS && fs.existsSync(path.join(build.outDir, 'index.html'))) continue;
    fs.rmSync(build.outDir, { recursive: true, force: true });
    astroBuild(build);
  }
  project.provide('builds', BUILDS);
}
