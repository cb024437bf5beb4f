import fs from 'node:fs';
import path from 'node:path';
import type { ParsedPage } from '../lib/built-page/index.ts';
import { LEGACY_STYLESHEET } from '../lib/legacy/name.ts';
import { legacyStylesheet, screenStylesheets } from '../lib/legacy/stylesheet.ts';

/**
 * Writes the stylesheet for engines without cascade layers (src/lib/legacy/stylesheet.ts) from the
 * stylesheets this build wrote. Returns its size in bytes.
 */
export function writeLegacyStylesheet(outDir: string, pages: readonly ParsedPage[], base: string): number {
  const cssFiles = fs.readdirSync(path.join(outDir, '_astro')).filter((file) => file.endsWith('.css')).map((file) => `_astro/${file}`);
  const sheets = screenStylesheets(pages.flatMap((page) => page.stylesheets), cssFiles, base);
  const css = legacyStylesheet(sheets.map((file) => ({ file, css: fs.readFileSync(path.join(outDir, file), 'utf8') })));
  fs.writeFileSync(path.join(outDir, LEGACY_STYLESHEET), css);
  return Buffer.byteLength(css);
}
