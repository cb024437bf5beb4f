/**
 * Where the build writes each page's QR codes (src/integrations/qr-codes.ts, after the build) and the
 * browser finds them (src/components/companion/ReaderTools.astro, src/scripts/companion/handoff.ts):
 * `/steps/` → `qr/steps.svg`, the home page → `qr/index.svg`; its section `#step-5` is the view
 * `qr/steps.svg#step-5` of the same file (src/lib/companion/qr.ts). Relative to the base.
 */
export function qrFile(pagePath: string): string {
  return `qr/${pagePath.replace(/^\/+|\/+$/g, '') || 'index'}.svg`;
}

/** The image URL of the page's code, or of a section's: its view in the page's file. */
export function qrSrc(pagePath: string, sectionId?: string): string {
  return sectionId ? `${qrFile(pagePath)}#${encodeURIComponent(sectionId)}` : qrFile(pagePath);
}
