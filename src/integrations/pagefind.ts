import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildVariantData, type IndexedText } from '../lib/search/build-data.ts';
import { SOUND_DATA_FILE, VARIANT_DATA_FILE } from '../lib/search/engine.ts';
import { readBuiltSite, type ReadPage } from './link-check.ts';

/** The bundle directory inside the build output; the UI loads `${BASE_URL}pagefind/`. */
export const PAGEFIND_DIR = 'pagefind';

/** Pagefind also writes its ready-made UIs (~400 KB); our own search UI never loads them, and the offline worker would precache them. */
function removeUnused(bundleDir: string): void {
  for (const file of fs.readdirSync(bundleDir)) {
    if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(file)) fs.rmSync(path.join(bundleDir, file));
  }
}

export interface IndexReport {
  pages: number;
  variantBytes: number;
  /** Seconds Pagefind adds to the build (indexing and writing the bundle), and building the query-variant tables, which overlaps Pagefind's writing. */
  pagefindSeconds: number;
  tablesSeconds: number;
}

const since = (start: number) => (performance.now() - start) / 1000;

/**
 * Indexes a built site with the Pagefind Node API into `<outDir>/pagefind/`
 * and writes the query-variant tables next to the bundle. Pagefind gets the
 * pages from memory (already read for the link check), only those with a
 * `data-pagefind-body`, cut down to what it reads (built-page/pagefind-html.ts),
 * so the output is not read or scanned again.
 */
export async function indexSite(outDir: string, site: readonly ReadPage[] = readBuiltSite(outDir)): Promise<IndexReport> {
  const indexed = site.filter((page): page is ReadPage & { indexed: IndexedText; pagefindHtml: string } => page.indexed !== null && page.pagefindHtml !== null);
  if (indexed.length === 0) throw new Error('Pagefind indexed no pages: no built page has data-pagefind-body.');

  const pagefindStart = performance.now();
  // Every page is zh-CN; forcing the language keeps one index whatever a stray page declares.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let variants = '';
  let sounds = '';
  let tablesSeconds = 0;
  try {
    const added = await Promise.all(indexed.map((page) => index.addHTMLFile({ sourcePath: page.file, content: page.pagefindHtml })));
    const failed = added.flatMap((result, i) => result.errors.map((error) => `${indexed[i]!.file}: ${error}`));
    if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
    const writing = index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_DIR) });
    // Pagefind writes its bundle in its own process: the tables are built meanwhile, and written once the bundle is there.
    const tablesStart = performance.now();
    // How the common characters sound is fetched apart, only for queries that may hold a slip (engine.ts).
    const { sounds: soundTable, ...variantTables } = buildVariantData(indexed.map((page) => page.indexed));
    variants = JSON.stringify(variantTables);
    sounds = JSON.stringify(soundTable);
    tablesSeconds = since(tablesStart);
    const written = await writing;
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the bundle: ${written.errors.join('; ')}`);
    removeUnused(path.join(outDir, PAGEFIND_DIR));
    fs.writeFileSync(path.join(outDir, PAGEFIND_DIR, VARIANT_DATA_FILE), variants);
    fs.writeFileSync(path.join(outDir, PAGEFIND_DIR, SOUND_DATA_FILE), sounds);
  } finally {
    await pagefind.close();
  }
  const pagefindSeconds = since(pagefindStart) - tablesSeconds;
  return { pages: indexed.length, variantBytes: Buffer.byteLength(variants), pagefindSeconds, tablesSeconds };
}
