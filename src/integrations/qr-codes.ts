import fs from 'node:fs';
import path from 'node:path';
import type { ParsedPage } from '../lib/built-page/index.ts';
import { qrSvg } from '../lib/companion/qr.ts';
import { qrFile } from '../lib/companion/qr-files.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Pages with no public URL of their own, so no code to hand off. */
const NO_HANDOFF = new Set(['/404/']);

/**
 * Writes the QR codes of the desktop handoff （「在手机上打开」）: one per page and
 * one per section a reader can link to (its heading's link control), read off
 * the built pages in the one post-build pass. Written here rather than as
 * Astro routes: a site of a thousand pages has thousands of sections, and a
 * route each costs more than the code. Returns how many were written.
 */
export async function writeQrCodes(outDir: string, pages: readonly ParsedPage[], site: string, base: string): Promise<number> {
  let written = 0;
  for (const page of pages.filter((page) => !NO_HANDOFF.has(page.path))) {
    const codes = [{ file: qrFile(page.path), target: page.path, label: '本页二维码' }];
    for (const id of page.sectionIds) codes.push({ file: qrFile(page.path, id), target: `${page.path}#${id}`, label: '本节二维码' });
    for (const { file, target, label } of codes) {
      const url = absoluteUrl(target, site, base);
      const output = path.join(outDir, file);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, await qrSvg(url, `${label}：${url}`));
      written++;
    }
  }
  return written;
}
