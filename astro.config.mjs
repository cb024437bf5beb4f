// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { siteLinks } from './src/markdown/site-links.ts';
import { checkAndIndex } from './src/integrations/built-site.ts';
import { normaliseBase } from './src/lib/urls.ts';

// Deployment settings come from the environment so one build serves any host:
//   SITE_URL=https://guide.example.org BASE=/zhima-guide/ npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE ?? '/');

/** Pages that duplicate or support the guide and should not compete with it in web search. */
const notInSitemap = ['/guide/', '/search/', '/404/'];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      // `## 标题 { #step-1 }`: heading ids are written by hand because they are public permalinks.
      features: { headingAttributes: true },
      hastPlugins: [headingAnchors, siteLinks(base)],
    }),
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !notInSitemap.some((path) => new URL(page).pathname.endsWith(path)) }),
    checkAndIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});
