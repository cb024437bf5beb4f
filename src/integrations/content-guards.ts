import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { parseHTML } from 'linkedom';
import { checkSections, takenUrls } from '../lib/content-rules/check-sections.ts';
import { checkDuplicateIds, checkPageMarkup, checkPermalinks, type PageFacts, type PermalinkContract } from '../lib/content-rules/built-pages.ts';
import { formatReport, type Problem } from '../lib/content-rules/problem.ts';
import { headingIds } from '../lib/content-rules/section-rules.ts';
import { parseSource } from '../lib/content-rules/source.ts';
import { isExternal } from '../lib/urls.ts';
import { builtHtmlFiles } from './link-check.ts';

const CONTENT_DIR = 'src/content/guide';
const CONTRACT_FILE = 'src/data/permalinks.json';

/** Stops the build with the problems as the last lines of output, not under a stack trace. */
function stop(logger: AstroIntegrationLogger, problems: readonly Problem[]): never {
  logger.error(`\n${formatReport(problems)}\n`);
  process.exit(1);
}

function readSections(): { file: string; bytes: Uint8Array }[] {
  return fs
    .readdirSync(CONTENT_DIR)
    .filter((name) => name.toLowerCase().endsWith('.mdx'))
    .map((name) => ({ file: `${CONTENT_DIR}/${name}`, bytes: fs.readFileSync(path.join(CONTENT_DIR, name)) }));
}

/** The facts the built-page rules need, from one page's HTML. */
function pageFacts(sitePath: string, html: string): PageFacts {
  const { document } = parseHTML(html);
  return {
    path: sitePath,
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    inlineStyles: [...document.querySelectorAll('[style], style')].map((element) => element.outerHTML.slice(0, 80)),
    unsafeExternalLinks: [...document.querySelectorAll('a[href]')]
      .filter((a) => isExternal(a.getAttribute('href')!))
      .filter((a) => !['noopener', 'noreferrer'].every((token) => (a.getAttribute('rel') ?? '').split(/\s+/).includes(token)))
      .map((a) => a.getAttribute('href')!),
  };
}

/**
 * Guards the content in `astro build`: the section files as written are
 * checked before Astro compiles them (src/lib/content-rules), the built pages
 * after it writes them (the permalink contract, layout id clashes, inline
 * styles, links out). Every stop names the file, the line where known and the
 * fix. Runs before Pagefind and the link check, so a deleted section is named as such.
 */
export function contentGuards(): AstroIntegration {
  let command = 'build';
  return {
    name: 'content-guards',
    hooks: {
      'astro:config:setup': ({ command: current, logger }) => {
        command = current;
        const problems = checkSections(readSections(), takenUrls(fs.readdirSync('src/pages'), publicDirs()), new Date());
        if (problems.length === 0) return;
        if (command === 'build') stop(logger, problems);
        logger.warn(`\n${formatReport(problems)}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = new Map(builtHtmlFiles(outDir).map(([sitePath, file]) => [sitePath, pageFacts(sitePath, fs.readFileSync(file, 'utf8'))]));
        const contract: PermalinkContract = JSON.parse(fs.readFileSync(CONTRACT_FILE, 'utf8'));
        const locate = locator();
        const problems = [
          ...checkPermalinks(contract, pages, (file) => fs.existsSync(path.join(outDir, file)), locate),
          ...[...pages.values()].flatMap((page) => [...checkDuplicateIds(page, locate), ...checkPageMarkup(page, locate)]),
        ];
        if (problems.length > 0) stop(logger, problems);
        logger.info(`${pages.size} pages keep every public URL and id in ${CONTRACT_FILE}.`);
      },
    },
  };
}

/** Repeats a deployment warning (SITE_URL unset) as the build's last line, where it is seen. */
export function deploymentNotice(warning: string | undefined): AstroIntegration {
  return {
    name: 'deployment',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (warning) logger.warn(warning);
      },
    },
  };
}

function publicDirs(): string[] {
  return fs.readdirSync('public', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** Finds the section file (and heading line) behind a page path and id; pages not from content name src/pages. */
function locator() {
  const sources = readSections().flatMap(({ file, bytes }) => {
    const source = parseSource(file, new TextDecoder().decode(bytes));
    return 'what' in source ? [] : [source];
  });
  return (pagePath: string, id?: string) => {
    const declaring = id ? sources.map((source) => ({ source, heading: headingIds(source).find((h) => h.id === id) })).find((s) => s.heading) : undefined;
    if (declaring) return { file: declaring.source.file, line: declaring.heading!.line };
    const sectionFile = `${CONTENT_DIR}${pagePath.replace(/\/$/, '')}.mdx`;
    if (/^\/[^/]+\/$/.test(pagePath) && !fs.existsSync(`src/pages${pagePath.replace(/\/$/, '')}.astro`)) return { file: sectionFile };
    return { file: `src/pages (page ${pagePath})` };
  };
}

/** Each section's `updated` date as written (slug → YYYY-MM-DD), for the sitemap's <lastmod>. */
export function sectionUpdated(): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { file, bytes } of readSections()) {
    const source = parseSource(file, new TextDecoder().decode(bytes));
    if (!('what' in source) && typeof source.data.updated === 'string' && source.data.draft !== true) {
      dates.set(path.basename(file, '.mdx'), source.data.updated);
    }
  }
  return dates;
}
