import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, readBuiltSite } from './link-check.ts';
import { indexSite } from './pagefind.ts';

/** Prefix of the log line that reports the post-build phases; bench/growth.ts reads it. */
export const PHASES_LOG = 'post-build phases (s):';

/**
 * After Astro has written the site: one read and parse of every page, then the
 * link check (fails the build before anything is indexed) and the search index
 * with its query tables, both from that one parse.
 */
export function checkAndIndex(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'check-and-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let start = performance.now();
        const pages = readBuiltSite(outDir);
        const parseSeconds = (performance.now() - start) / 1000;
        start = performance.now();
        checkLinks(pages, outDir, { site, base });
        const linkSeconds = (performance.now() - start) / 1000;
        logger.info(`${pages.length} pages, every internal link and anchor resolves.`);
        const report = await indexSite(outDir, pages);
        logger.info(`Indexed ${report.pages} pages; query variant tables ${(report.variantBytes / 1024).toFixed(1)} KiB.`);
        const phases = { parse: parseSeconds, links: linkSeconds, pagefind: report.pagefindSeconds, tables: report.tablesSeconds };
        logger.info(`${PHASES_LOG} ${JSON.stringify(Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Number(v.toFixed(3))])))}`);
      },
    },
  };
}
