import fs from 'node:fs';
import path from 'node:path';
import type { ParsedPage } from '../lib/built-page/index.ts';
import { qrSvg } from '../lib/companion/qr.ts';
import { qrFile } from '../lib/companion/qr-files.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Pages with no public URL of their own, so no code to hand off. */
const NO_HANDOFF = new Set(['/404/']);

export interface QrCode {
  /** Path in the build output, relative to the base: `qr/steps/step-5.svg`. */
  file: string;
  url: string;
  label: string;
}

/**
 * The QR codes of the desktop handoff （「在手机上打开」）: one per page and one
 * per section a reader can link to (its heading's link control), read off the
 * built pages in the one post-build pass. Made here rather than as Astro
 * routes: a site of a thousand pages has thousands of sections, and a route
 * each costs more than the code.
 */
export function plannedQrCodes(pages: readonly ParsedPage[], site: string, base: string): QrCode[] {
  return pages
    .filter((page) => !NO_HANDOFF.has(page.path))
    .flatMap((page) => [
      { file: qrFile(page.path), target: page.path, label: '本页二维码' },
      ...page.sectionIds.map((id) => ({ file: qrFile(page.path, id), target: `${page.path}#${id}`, label: '本节二维码' })),
    ])
    .map(({ file, target, label }) => {
      const url = absoluteUrl(target, site, base);
      return { file, url, label: `${label}：${url}` };
    });
}

export async function writeQrCodes(outDir: string, codes: readonly QrCode[]): Promise<void> {
  for (const dir of new Set(codes.map(({ file }) => path.dirname(path.join(outDir, file))))) fs.mkdirSync(dir, { recursive: true });
  for (const { file, url, label } of codes) {
    const output = path.join(outDir, file);
    fs.writeFileSync(output, await qrSvg(url, label));
  }
}
