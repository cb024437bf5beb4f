/**
 * QR codes for the desktop-to-phone handoff, drawn at build time so no QR code
 * library ships to readers. `qr` encodes (with the standard's mask penalty
 * scoring, fast enough for thousands of codes); each code is drawn here as one
 * path of dark runs, with no background (the CSS paints a white box, so the
 * code stays dark-on-light in the dark theme too).
 *
 * A page's codes share one file, a sheet: the page's code is what the file
 * shows as it is, and each section's code is an SVG `<view>` named by the
 * section id, shown by `qr/steps.svg#step-5` (src/lib/companion/qr-files.ts).
 * One file per page instead of one per section: a site of a thousand pages
 * has thousands of sections, and every file costs the build and the host.
 */
import encodeQR from 'qr';
import { escapeHtml } from '../html.ts';

/** Decoders need four light modules around the code (ISO/IEC 18004). */
export const QUIET_ZONE = 4;
/** Light modules between codes on a sheet, beyond their own quiet zones. */
const GAP = 1;

export interface SheetCode {
  /** The section id that names the code's view; null for the page's own code. */
  id: string | null;
  url: string;
}

/**
 * One stroked path over the dark runs of each row, `M x y.5h n` then `m gap 0h n`
 * relative moves: the compact form a 1-unit stroke allows.
 */
export function darkRunsPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    let end: number | null = null;
    for (let x = 0; x < row.length; x++) {
      if (!row[x] || row[x - 1]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += end === null ? `M${x} ${y + 0.5}h${run}` : `m${x - end} 0h${run}`;
      end = x + run;
    }
  });
  return d;
}

/** Side in modules (quiet zone included) and the path of the dark modules. */
function draw(url: string): { size: number; path: string } {
  if (!/^https?:\/\//.test(url)) throw new Error(`qrSheet: "${url}" is not an absolute http(s) URL; a phone cannot open it.`);
  // Byte mode: what a lower-case URL takes anyway.
  const modules = encodeQR(url, 'raw', { ecc: 'medium', encoding: 'byte', border: QUIET_ZONE });
  return { size: modules.length, path: darkRunsPath(modules) };
}

/**
 * The SVG sheet of a page's codes: the first (the page's own, `id: null`) in
 * the root viewBox, the others side by side beyond it, each with its `<view>`.
 */
export function qrSheet(codes: readonly SheetCode[], label: string): string {
  if (codes[0]?.id !== null) throw new Error('qrSheet: the first code of a sheet is the page’s own (id: null).');
  if (codes.slice(1).some(({ id }) => id === null)) throw new Error('qrSheet: a section code needs its section id.');
  const drawn = codes.map(({ url }) => draw(url));
  let x = 0;
  const parts: string[] = [];
  drawn.forEach(({ size, path }, i) => {
    const { id } = codes[i]!;
    if (id !== null) parts.push(`<view id="${escapeHtml(id)}" viewBox="${x} 0 ${size} ${size}"/>`);
    parts.push(`<path stroke="#000" d="${path}"${x ? ` transform="translate(${x} 0)"` : ''}/>`);
    x += size + GAP;
  });
  const { size } = drawn[0]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">${parts.join('')}</svg>`;
}
