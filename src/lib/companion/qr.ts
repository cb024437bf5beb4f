/**
 * QR codes for the desktop-to-phone handoff, drawn at build time so no QR code
 * library ships to readers. `qrcode` draws the dark modules as one path; a
 * transparent "light" colour drops its background path (the CSS paints a white
 * box, so the code stays dark-on-light in the dark theme too).
 */
import QRCode from 'qrcode';
import { escapeHtml } from '../html.ts';

/** Decoders need four light modules around the code (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** The SVG markup of a QR code for `url`, labelled for assistive technology. */
export async function qrSvg(url: string, label: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`qrSvg: "${url}" is not an absolute http(s) URL; a phone cannot open it.`);
  // One byte-mode segment: what the segment optimiser picks for a lower-case URL anyway, without its graph search.
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', margin: QUIET_ZONE, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#0000' } });
  return svg.trim().replace(/^<svg /, `<svg class="qr-code" role="img" aria-label="${escapeHtml(label)}" `);
}
