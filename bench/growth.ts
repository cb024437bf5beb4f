import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePages } from './generate-pages.ts';

/** What a build needs from the project; tests, caches and dist/ stay behind. */
const PROJECT_ENTRIES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Astro and Vite keep build caches here; a shared one would make builds warm and race other builds in the tree. */
const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  dispose(): void;
}

/**
 * A throwaway copy of the project in the system temp dir, with `extraPages`
 * synthetic sections added to the guide collection. node_modules is a real
 * directory of per-package symlinks, so packages are shared but caches are not.
 */
export function copyProject(projectRoot: string, extraPages: number): ProjectCopy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-site-${extraPages}-`));
  for (const entry of PROJECT_ENTRIES) fs.cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  const modules = path.join(projectRoot, 'node_modules');
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const entry of fs.readdirSync(modules)) {
    if (!CACHE_ENTRIES.has(entry)) fs.symlinkSync(path.join(modules, entry), path.join(root, 'node_modules', entry));
  }
  const contentDir = path.join(root, 'src/content/guide');
  for (const page of generatePages(extraPages)) fs.writeFileSync(path.join(contentDir, `${page.slug}.mdx`), page.source);
  return { root, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export interface BuildFigures {
  outDir: string;
  seconds: number;
  htmlPages: number;
  outputBytes: number;
  /** dist/pagefind, 0 when the build has no search index. */
  searchIndexBytes: number;
}

/** Total size of the files under `dir` (0 if it does not exist). */
function directoryBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** `astro build` of `root` into `root/dist`, timed; the build log is shown only when it fails. */
export async function buildSite(root: string, site: string, base: string): Promise<BuildFigures> {
  const outDir = path.join(root, 'dist');
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, SITE_URL: site, BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed in ${root} (exit ${code}):\n${Buffer.concat(output).toString('utf8').slice(-4000)}`);
  const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  return {
    outDir,
    seconds,
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    outputBytes: directoryBytes(outDir),
    searchIndexBytes: directoryBytes(path.join(outDir, 'pagefind')),
  };
}
