import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PHASES_LOG } from '../src/integrations/built-site.ts';
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
  /** Mean size of the HTML pages, raw and gzipped (level 9, as static hosts precompress). */
  averagePage: { bytes: number; gzipBytes: number };
  /** The same real page in every build, to compare like with like. */
  stepsPage: { bytes: number; gzipBytes: number };
  /** Where the build time goes, in seconds (see `buildPhases`). */
  phases: BuildPhases;
}

export interface BuildPhases {
  /** Astro before rendering: start-up, content sync, Vite bundling. */
  astroSetup: number;
  /** Astro rendering the pages ("generating static routes"). */
  astroRender: number;
  /** Reading and parsing the built HTML once (src/integrations/built-site.ts). */
  parse: number;
  /** Writing the handoff QR codes (one sheet per page: its code and one per linkable section). */
  qr: number;
  /** The checks on the parsed pages: built-page content rules, links, punctuation. */
  checks: number;
  pagefind: number;
  searchTables: number;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** Reads the phases from the build log: Astro's own timings and the post-build line our integration writes. */
export function buildPhases(log: string, wallSeconds: number): BuildPhases {
  const render = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)\./.exec(log);
  const post = log.split('\n').find((line) => line.includes(PHASES_LOG));
  if (!render || !post) throw new Error(`build log lacks the render time or the "${PHASES_LOG}" line`);
  const { parse, qr, checks, pagefind, tables } = JSON.parse(post.slice(post.indexOf(PHASES_LOG) + PHASES_LOG.length)) as Record<'parse' | 'qr' | 'checks' | 'pagefind' | 'tables', number>;
  const astroRender = seconds(render[1]!, render[2]!);
  return { astroSetup: wallSeconds - astroRender - parse - qr - checks - pagefind - tables, astroRender, parse, qr, checks, pagefind, searchTables: tables };
}

const pageSize = (html: Buffer) => ({ bytes: html.byteLength, gzipBytes: gzipSync(html, { level: 9 }).byteLength });

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
  const pages = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => pageSize(fs.readFileSync(path.join(outDir, file))));
  const mean = (pick: (page: { bytes: number; gzipBytes: number }) => number) => Math.round(pages.reduce((sum, page) => sum + pick(page), 0) / pages.length);
  return {
    outDir,
    seconds,
    htmlPages: pages.length,
    outputBytes: directoryBytes(outDir),
    searchIndexBytes: directoryBytes(path.join(outDir, 'pagefind')),
    averagePage: { bytes: mean((page) => page.bytes), gzipBytes: mean((page) => page.gzipBytes) },
    stepsPage: pageSize(fs.readFileSync(path.join(outDir, 'steps/index.html'))),
    phases: buildPhases(Buffer.concat(output).toString('utf8'), seconds),
  };
}
