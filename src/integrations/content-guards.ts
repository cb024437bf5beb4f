import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkSections, takenUrls } from '../lib/content-rules/check-sections.ts';
import { checkDuplicateIds, checkPageMarkup, checkPermalinks, type PageFacts, type PermalinkContract } from '../lib/content-rules/built-pages.ts';
import { formatReport, type Problem } from '../lib/content-rules/problem.ts';
import { headingIds } from '../lib/content-rules/section-rules.ts';
import { parseSource } from '../lib/content-rules/source.ts';
import { sitePolicy } from '../lib/security-headers.ts';
import { componentContracts, CONTENT_DIR, readSections, strayContentProblems } from './section-sources.ts';
import { stopOnProblems } from './stop.ts';

const CONTRACT_FILE = 'src/data/permalinks.json';

/**
 * The rules on the built pages, where layouts and content meet: the permalink
 * contract, layout id clashes, inline styles, links out. Run first after the
 * build, so a deleted section is named as such before the link check sees it.
 */
export function builtPageProblems(pages: readonly PageFacts[], outDir: string): Problem[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const contract: PermalinkContract = JSON.parse(fs.readFileSync(CONTRACT_FILE, 'utf8'));
  const locate = locator();
  return [
    ...checkPermalinks(contract, byPath, (file) => fs.existsSync(path.join(outDir, file)), locate),
    ...pages.flatMap((page) => [...checkDuplicateIds(page, locate), ...checkPageMarkup(page, locate)]),
  ];
}

/**
 * Guards the content in `astro build`: the section files as written are
 * checked before Astro compiles them (src/lib/content-rules); the built pages
 * are checked by `builtPageProblems` in the one post-build pass
 * (src/integrations/built-site.ts). Every stop names the file, the line where
 * known and the fix.
 */
export function contentGuards(): AstroIntegration {
  return {
    name: 'content-guards',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // src/components/ComponentUse.astro stops a build on a component error; the dev server reports it and runs on.
        updateConfig({ vite: { define: { 'import.meta.env.STOP_ON_CONTENT_ERROR': JSON.stringify(command === 'build') } } });
        const context = {
          taken: takenUrls(fs.readdirSync('src/pages'), publicDirs()),
          now: new Date(),
          // The <meta> policy every page carries; the header form adds only frame-ancestors.
          policy: sitePolicy('meta'),
          site: config.site ?? 'http://localhost:4321',
          contractOf: componentContracts(),
        };
        const problems = [...strayContentProblems(), ...checkSections(readSections(), context)];
        if (problems.length === 0) return;
        if (command === 'build') stopOnProblems(logger, problems);
        logger.warn(`\n${formatReport(problems)}`);
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
