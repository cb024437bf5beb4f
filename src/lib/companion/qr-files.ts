/**
 * Where the build writes each QR code (src/integrations/qr-codes.ts, after the build) and the
 * browser finds it (src/components/companion/ReaderTools.astro,
 * src/scripts/companion/handoff.ts): `/steps/` → `qr/steps.svg`, its section
 * `#step-5` → `qr/steps/step-5.svg`, the home page → `qr/index.svg`. Relative to the base.
 */
export function qrFile(pagePath: string, sectionId?: string): string {
  const page = pagePath.replace(/^\/+|\/+$/g, '') || 'index';
  return sectionId ? `qr/${page}/${sectionId}.svg` : `qr/${page}.svg`;
}
