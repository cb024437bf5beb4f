// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { siteLinks } from './src/markdown/site-links.ts';
import { lineBreaks } from './src/markdown/line-breaks.ts';
import { componentUses } from './src/markdown/component-uses.ts';
import { checkAndIndex } from './src/integrations/built-site.ts';
import { contentGuards, deploymentNotice } from './src/integrations/content-guards.ts';
import { sectionUpdated } from './src/integrations/section-sources.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { DeploymentError, resolveDeployment } from './src/lib/site-url.ts';
import { punctuationCheck } from './src/integrations/punctuation-check.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';

// Deployment settings come from the environment so one build serves any host:
//   SITE_URL=https://guide.example.org BASE=/zhima-guide/ npm run build
// Without SITE_URL, the host's own variable is used (Netlify, Cloudflare Pages, Vercel, GitHub Pages).
/** @type {import('./src/lib/site-url.ts').Deployment} */
let deployment;
try {
  deployment = resolveDeployment(process.env);
} catch (error) {
  if (!(error instanceof DeploymentError)) throw error;
  console.error(`\nThe build stopped: a deployment variable would make broken URLs.\n${error.message}\n`);
  process.exit(1);
}
const { site, base } = deployment;

/** Pages that duplicate or support the guide and should not compete with it in web search. */
const notInSitemap = ['/guide/', '/search/', '/404/'];
const updated = sectionUpdated();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages render four at a time: rendering waits on file writes, and at a thousand pages this takes a third off it.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    processor: satteri({
      // `## 标题 { #step-1 }`: heading ids are written by hand because they are public permalinks.
      features: { headingAttributes: true },
      hastPlugins: [headingAnchors, siteLinks(base), lineBreaks, componentUses],
    }),
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !notInSitemap.some((path) => new URL(page).pathname.endsWith(path)),
      // <lastmod> is the section's `updated` date; the home page changes when any section does.
      serialize: (item) => {
        const slug = new URL(item.url).pathname.slice(base.length).replace(/\/$/, '');
        const lastmod = slug ? updated.get(slug) : [...updated.values()].sort().at(-1);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    contentGuards(),
    checkAndIndex(),
    punctuationCheck(),
    serviceWorker(), // after the link check and Pagefind: it precaches the finished output, search bundle included
    // Last, so a missing SITE_URL is the final line of the build's output.
    deploymentNotice(deployment.warning),
  ],
  vite: {
    plugins: [tailwindcss(), plainDynamicImports()],
    build: {
      // The client scripts' syntax is lowered for the oldest engines the README's "Browsers" supports (tier C);
      // tests/build/engine-floor.test.ts checks the output with es-check.
      target: ['chrome87', 'safari14', 'firefox115'],
      // Astro builds for `esnext`, so the CSS minifier would strip the prefixes WebKit still needs
      // (it drops `text-decoration: underline dotted` without `-webkit-`): minify for the engines readers have.
      cssTarget: ['chrome99', 'firefox115', 'safari15.4', 'ios15.4'],
      rollupOptions: {
        // Astro's MDX pipeline marks every MDX module "use astro:head-inject", which the bundler
        // warns it may drop (four warnings per build, one per section). Astro handles it itself;
        // exactly that warning is silenced so real ones stay visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
