import type { APIRoute } from 'astro';
import { siteConfig } from '../config';
import { withBase } from '../lib/urls';

/** Web app manifest; generated so `start_url` and icons follow the deployment base. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: siteConfig.title,
    short_name: siteConfig.shortTitle,
    description: siteConfig.description,
    lang: siteConfig.lang,
    start_url: withBase('/', base),
    scope: withBase('/', base),
    // Installs to the home screen as its own window; works offline through the service worker (src/service-worker/sw.js).
    display: 'standalone',
    background_color: siteConfig.themeColor.light,
    theme_color: siteConfig.themeColor.light,
    icons: [
      { src: withBase('/favicon.svg', base), type: 'image/svg+xml', sizes: 'any' },
      { src: withBase('/icon-192.png', base), type: 'image/png', sizes: '192x192' },
      { src: withBase('/icon-512.png', base), type: 'image/png', sizes: '512x512' },
      // The same full-bleed PNG (scripts/make-images.ts draws it without rounded corners): the logo's mark
      // stays within 34 % of the width from the centre, inside the 40 % safe zone of a maskable icon.
      { src: withBase('/icon-512.png', base), type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
