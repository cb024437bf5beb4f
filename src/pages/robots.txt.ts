import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!, import.meta.env.BASE_URL)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
