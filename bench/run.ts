/**
 * `npm run bench [-- --pages 0,100,1000 --runs 3 --skip-lighthouse --skip-growth]`
 *
 * Builds the site in throwaway copies of the project (N extra synthetic pages
 * each), measures build time, output and search-index size and search cost,
 * and runs Lighthouse (mobile) on the N = 0 build. Writes bench/report.json
 * and bench/report.md and prints the Markdown. Progress goes to stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSite } from '../tests/search/oracle.ts';
import { serveSite } from '../tests/support/server.ts';
import { buildSite, copyProject, type BuildFigures } from './growth.ts';
import { auditPages, CATEGORIES, type AuditReport } from './lighthouse.ts';
import { benchSearch, defaultQueries, type SearchBenchResult } from './search.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = 'https://guide.example.org';
const BASE = '/';
const AUDITED_PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/?q=信用服务', '/404.html'];

const { values: flags } = parseArgs({
  options: {
    pages: { type: 'string', default: '0,100,1000' },
    runs: { type: 'string', default: '3' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-growth': { type: 'boolean', default: false },
  },
});
const runs = Number(flags.runs);
const requested = flags.pages.split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${flags.runs}"`);
if (requested.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--pages must be a comma-separated list of integers ≥ 0, got "${flags.pages}"`);
// N = 0 is the real site: the one Lighthouse audits, and the source of the search queries every build is timed with.
const sizes = [...new Set([0, ...(flags['skip-growth'] ? [] : requested)])].sort((a, b) => a - b);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const kib = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);

interface GrowthRow extends Omit<BuildFigures, 'outDir'> {
  extraPages: number;
  search: SearchBenchResult;
}

const started = performance.now();
const growth: GrowthRow[] = [];
let lighthouse: AuditReport | undefined;
let queries: string[] = [];

for (const extraPages of sizes) {
  const copy = copyProject(PROJECT_ROOT, extraPages);
  try {
    log(`building with ${extraPages} extra pages in ${copy.root}`);
    const { outDir, ...build } = await buildSite(copy.root, SITE, BASE);
    log(`built ${build.htmlPages} pages in ${build.seconds.toFixed(1)} s`);
    // Lighthouse first: the search bench leaves browser stand-ins (globalThis.document) in this process.
    if (extraPages === 0 && !flags['skip-lighthouse']) {
      const server = await serveSite(outDir, BASE);
      try {
        lighthouse = await auditPages(server.url, AUDITED_PAGES, runs, log);
      } finally {
        await server.close();
      }
    }
    if (extraPages === 0) queries = defaultQueries(readSite(outDir));
    const search = await benchSearch({ outDir, base: BASE, queries });
    log(`search: ${search.queries} queries, median ${search.medianMs.toFixed(1)} ms, first query ${kib(search.firstQuery.bytes)}`);
    growth.push({ extraPages, ...build, search });
  } finally {
    copy.dispose();
  }
}

const benchSeconds = (performance.now() - started) / 1000;
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version },
  benchSeconds,
  site: { url: SITE, base: BASE },
  lighthouse: lighthouse ?? null,
  growth,
};

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function markdown(): string {
  const lines = [`# Benchmark ${report.date.slice(0, 16).replace('T', ' ')} UTC`, ''];
  lines.push(`${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}; bench took ${(benchSeconds / 60).toFixed(1)} min.`, '');
  if (lighthouse) {
    const { environment, pages } = lighthouse;
    lines.push(
      `## Lighthouse (mobile, median of ${runs})`,
      '',
      `Lighthouse ${environment.lighthouseVersion}, ${environment.hostUserAgent}; CPU benchmark index ${environment.benchmarkIndex}.`,
      '',
      row(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP (ms)', 'TBT (ms)', 'CLS', 'Transferred']),
      row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
      ...pages.map((page) =>
        row([`\`${page.path}\``, ...CATEGORIES.map((c) => page.scores[c]), Math.round(page.lcpMs), Math.round(page.tbtMs), page.cls.toFixed(3), kib(page.totalBytes)]),
      ),
      '',
    );
    const below = pages.filter((page) => CATEGORIES.some((c) => page.scores[c] < 100));
    lines.push('### Failing audits on pages below 100', '');
    if (below.length === 0) lines.push('None: every page scores 100 in all four categories.');
    for (const page of below) {
      lines.push(`- \`${page.path}\``);
      for (const category of CATEGORIES.filter((c) => page.scores[c] < 100)) {
        // Performance insights carry no weight but say what to fix when the metrics fall short.
        const audits = page.failing.filter((a) => a.category === category && (a.weight > 0 || category === 'performance'));
        const list = audits.map(
          (a) =>
            `\`${a.id}\` ${a.title} (${a.failedRuns}/${runs} runs${a.weight > 0 ? '' : ', hint'})` +
            (a.elements.length > 0 ? ` on ${a.elements.map((selector) => `\`${selector}\``).join(', ')}` : ''),
        );
        lines.push(`  - ${category} ${page.scores[category]}: ${list.join('; ') || 'no single audit below 1 (metric scores just under their targets)'}`);
      }
    }
    lines.push('');
  }
  const s = (value: number) => value.toFixed(1);
  lines.push(
    '## Build and search by extra synthetic pages (0 = the site as it is)',
    '',
    row([
      'Extra pages',
      'HTML pages',
      'Build (s)',
      'Output',
      'Average page (gzip)',
      '`/steps/` (gzip)',
      'Search index',
      'Query median (ms)',
      'Query p95 (ms)',
      'First query: search data (gzip)',
      'First search in all, in a browser (gzip)',
      'Tuning questions page / section top-1',
      'Held-out questions page / section top-1',
      'Held-out unanswered said so',
      'Slips corrected',
    ]),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...growth.map((g) =>
      row([
        g.extraPages,
        g.htmlPages,
        s(g.seconds),
        kib(g.outputBytes),
        `${kib(g.averagePage.bytes)} (${kib(g.averagePage.gzipBytes)})`,
        `${kib(g.stepsPage.bytes)} (${kib(g.stepsPage.gzipBytes)})`,
        kib(g.searchIndexBytes),
        g.search.medianMs.toFixed(1),
        g.search.p95Ms.toFixed(1),
        `${kib(g.search.firstQuery.bytes)} (${kib(g.search.firstQuery.gzipBytes)})`,
        kib(g.search.firstQuery.gzipBytes + g.search.firstQuery.browserGzipBytes),
        `${percent(g.search.questions.pageTop1)} / ${percent(g.search.questions.sectionTop1)}`,
        `${percent(g.search.questions.heldOut.pageTop1)} / ${percent(g.search.questions.heldOut.sectionTop1)}`,
        percent(g.search.questions.heldOut.honest),
        percent(g.search.questions.slipsCorrected),
      ]),
    ),
    '',
    `Queries timed per build: ${growth[0]?.search.queries ?? 0}. Where the build time goes (seconds):`,
    '',
    row(['Extra pages', 'Astro set-up and bundling', 'Astro render', 'Read + parse HTML', 'Checks (rules, links, punctuation)', 'QR codes', 'Pagefind', 'Search tables']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...growth.map(({ extraPages, phases: p }) => row([extraPages, s(p.astroSetup), s(p.astroRender), s(p.parse), s(p.checks), s(p.qr), s(p.pagefind), s(p.searchTables)])),
    '',
  );
  return lines.join('\n');
}

const md = markdown();
const benchDir = path.join(PROJECT_ROOT, 'bench');
fs.writeFileSync(path.join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
fs.writeFileSync(path.join(benchDir, 'report.md'), md);
process.stdout.write(md);
