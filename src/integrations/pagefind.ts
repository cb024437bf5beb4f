import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { buildVariantData, type IndexedText } from '../lib/search/build-data.ts';
import { VARIANT_DATA_FILE } from '../lib/search/engine.ts';
import { builtHtmlFiles } from './link-check.ts';

/** The bundle directory inside the build output; the UI loads `${BASE_URL}pagefind/`. */
export const PAGEFIND_DIR = 'pagefind';

const BLOCKS = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, summary, blockquote, figcaption, pre, td, th, tr, div, section, header, footer';

/**
 * The text Pagefind indexes on a built page: the `data-pagefind-body`
 * elements minus `data-pagefind-ignore`, one block per line. Null when the
 * page has no body marked for indexing (Pagefind skips it: /, /guide/, /404/).
 */
export function indexedText(html: string): IndexedText | null {
  const { document } = parseHTML(html);
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  if (bodies.length === 0) return null;
  for (const body of bodies) {
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore], script, style, noscript, template')) ignored.remove();
    for (const block of body.querySelectorAll(BLOCKS)) block.append('\n');
  }
  return {
    text: bodies.map((body) => body.textContent ?? '').join('\n'),
    headings: bodies.flatMap((body) => [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => (h.textContent ?? '').trim())),
  };
}

/** Pagefind also writes its ready-made UIs (~400 KB); our own search UI never loads them. */
function removeUnusedUi(bundleDir: string): void {
  for (const file of fs.readdirSync(bundleDir)) {
    if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(file)) fs.rmSync(path.join(bundleDir, file));
  }
}

export interface IndexReport {
  pages: number;
  variantBytes: number;
}

/**
 * Indexes a built site with the Pagefind Node API into `<outDir>/pagefind/`
 * and writes the query-variant tables next to the bundle.
 */
export async function indexSite(outDir: string): Promise<IndexReport> {
  // Every page is zh-CN; forcing the language keeps one index whatever a stray page declares.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the bundle: ${written.errors.join('; ')}`);
    removeUnusedUi(path.join(outDir, PAGEFIND_DIR));
  } finally {
    await pagefind.close();
  }

  const pages = builtHtmlFiles(outDir)
    .map(([, file]) => indexedText(fs.readFileSync(file, 'utf8')))
    .filter((page): page is IndexedText => page !== null);
  if (pages.length === 0) throw new Error('Pagefind indexed no pages: no built page has data-pagefind-body.');
  const variants = JSON.stringify(buildVariantData(pages));
  fs.writeFileSync(path.join(outDir, PAGEFIND_DIR, VARIANT_DATA_FILE), variants);
  return { pages: pages.length, variantBytes: Buffer.byteLength(variants) };
}

/** Builds the search index after Astro has written the site (before link checking). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${report.pages} pages; query variant tables ${(report.variantBytes / 1024).toFixed(1)} KiB.`);
      },
    },
  };
}
