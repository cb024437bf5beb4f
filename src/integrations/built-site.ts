import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPageProblems } from './content-guards.ts';
import { brokenLinkProblems, readBuiltSite } from './link-check.ts';
import { indexSite } from './pagefind.ts';
import { writeLegacyStylesheet } from './legacy-css.ts';
import { builtPunctuationErrors, punctuationReport } from './punctuation-check.ts';
import { plannedQrSheets, writeQrSheets } from './qr-codes.ts';
import { stopBuild, stopOnProblems } from './stop.ts';

/** Prefix of the log line that reports the post-build phases; bench/growth.ts reads it. */
export const PHASES_LOG = 'post-build phases (s):';

const round = (seconds: number) => Number(seconds.toFixed(3));
const since = (start: number) => round((performance.now() - start) / 1000);

/**
 * After Astro has written the site: one read and parse of every page, then,
 * from that one parse, the checks in the order an editor can act on them —
 * the content rules on the built pages (a deleted section is named as such),
 * links, punctuation — and, only when all pass, the search index with its
 * query tables, the stylesheet for engines without cascade layers, and the handoff QR codes (the link check counts the planned
 * codes as there, so a mistake stops the build before anything is written).
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
        const parse = since(start);
        start = performance.now();
        const sheets = plannedQrSheets(pages, site, base);
        const plannedFiles = new Set(sheets.map(({ file }) => file));
        stopOnProblems(logger, builtPageProblems(pages, outDir));
        stopOnProblems(logger, brokenLinkProblems(pages, outDir, { site, base, plannedFiles }));
        const punctuation = builtPunctuationErrors(pages, outDir);
        if (punctuation.length > 0) stopBuild(logger, punctuationReport(punctuation));
        const checks = since(start);
        logger.info(`${pages.length} pages keep every public URL and id, every internal link resolves, Chinese text uses full-width punctuation.`);
        start = performance.now();
        const legacyBytes = writeLegacyStylesheet(outDir, pages, base);
        logger.info(`legacy.css for engines without cascade layers: ${(legacyBytes / 1024).toFixed(1)} KiB.`);
        const legacy = since(start);
        start = performance.now();
        const writingSheets = writeQrSheets(outDir, sheets);
        // Awaited after indexing; should indexing fail first, its error is the one the build reports.
        writingSheets.catch(() => {});
        const drawn = since(start);
        const report = await indexSite(outDir, pages);
        start = performance.now();
        await writingSheets;
        const qr = round(drawn + since(start));
        logger.info(`${sheets.reduce((sum, sheet) => sum + sheet.codes.length, 0)} QR codes for the handoff to a phone, one file per page.`);
        logger.info(`Indexed ${report.pages} pages; query variant tables ${(report.variantBytes / 1024).toFixed(1)} KiB.`);
        const phases = { parse, qr, checks, legacy, pagefind: round(report.pagefindSeconds), tables: round(report.tablesSeconds) };
        logger.info(`${PHASES_LOG} ${JSON.stringify(phases)}`);
      },
    },
  };
}
