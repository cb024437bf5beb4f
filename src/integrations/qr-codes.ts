import fs from 'node:fs';
import path from 'node:path';
import type { ParsedPage } from '../lib/built-page/index.ts';
import { qrSheet, type SheetCode } from '../lib/companion/qr.ts';
import { qrFile } from '../lib/companion/qr-files.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Pages with no public URL of their own, so no code to hand off. */
const NO_HANDOFF = new Set(['/404/']);

export interface QrSheetPlan {
  /** Path in the build output, relative to the base: `qr/steps.svg`. */
  file: string;
  /** The page's code first, then one per section. */
  codes: SheetCode[];
  label: string;
}

/**
 * The QR codes of the desktop handoff （「在手机上打开」）: for each page, one
 * sheet with the page's code and one per section a reader can link to (its
 * heading's link control), read off the built pages in the one post-build
 * pass. Made here rather than as Astro routes: a route each costs more than
 * the code.
 */
export function plannedQrSheets(pages: readonly ParsedPage[], site: string, base: string): QrSheetPlan[] {
  return pages
    .filter((page) => !NO_HANDOFF.has(page.path))
    .map((page) => {
      const url = absoluteUrl(page.path, site, base);
      return {
        file: qrFile(page.path),
        codes: [{ id: null, url }, ...page.sectionIds.map((id) => ({ id, url: absoluteUrl(`${page.path}#${id}`, site, base) }))],
        label: `本页二维码：${url}`,
      };
    });
}

/**
 * Draws the sheets (a few hundred microseconds a code) and writes them in the
 * background: a thousand small files take about a second of file-system calls,
 * which overlap whatever the build does next.
 */
export function writeQrSheets(outDir: string, sheets: readonly QrSheetPlan[]): Promise<void> {
  for (const dir of new Set(sheets.map(({ file }) => path.dirname(path.join(outDir, file))))) fs.mkdirSync(dir, { recursive: true });
  const drawn = sheets.map(({ file, codes, label }) => [path.join(outDir, file), qrSheet(codes, label)] as const);
  return Promise.all(drawn.map(([file, svg]) => fs.promises.writeFile(file, svg))).then(() => undefined);
}
