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
    display: 'browser',
    background_color: siteConfig.themeColor.light,
    theme_color: siteConfig.themeColor.light,
    icons: [
      { src: withBase('/favicon.svg', base), type: 'image/svg+xml', sizes: 'any' },
      { src: withBase('/icon-192.png', base), type: 'image/png', sizes: '192x192' },
      { src: withBase('/icon-512.png', base), type: 'image/png', sizes: '512x512' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
