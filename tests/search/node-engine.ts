/**
 * The site search run in Node against a real Pagefind bundle, served the way
 * a static host serves it. Also used by bench/search.ts under plain Node,
 * hence the explicit `.ts` imports and no test-runner imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSearchEngine, VARIANT_DATA_FILE, type SearchEngine } from '../../src/lib/search/engine.ts';
import { createQueryTables, type QueryTables } from '../../src/lib/search/variants.ts';
import { serveSite, type StaticServer } from '../support/server.ts';

/**
 * What pagefind.js needs from a browser: `document.currentScript` at load,
 * and html[lang] at init. Without lang=zh-CN Pagefind switches Chinese query
 * segmentation off, and Node results would differ from the browser's.
 */
export function installBrowserGlobals(lang = 'zh-CN'): void {
  const html = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  Object.assign(globalThis, {
    document: { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? html : null) },
  });
}

export interface OpenEngine {
  engine: SearchEngine;
  server: StaticServer;
  tables: QueryTables;
  close(): Promise<void>;
}

/**
 * The engine over a built site served the way a static host serves it
 * (gzip, sub-path base). pagefind.js itself is imported from disk: Node
 * cannot import modules over HTTP, but everything it fetches goes to the server.
 */
export async function openEngine(outDir: string, base: string, options: { limit?: number; hitsPerPage?: number } = {}): Promise<OpenEngine> {
  installBrowserGlobals();
  const server = await serveSite(outDir, base);
  const bundleFile = pathToFileURL(path.resolve(outDir, 'pagefind', 'pagefind.js')).href;
  const engine = createSearchEngine({ bundleUrl: `${server.url}pagefind/`, importModule: () => import(bundleFile), ...options });
  const tables = createQueryTables(JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind', VARIANT_DATA_FILE), 'utf8')));
  return { engine, server, tables, close: () => server.close() };
}
