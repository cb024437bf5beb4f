import fs from 'node:fs';
import path from 'node:path';
import { parseBuiltPage, type ParsedPage } from '../lib/built-page/index.ts';
import type { Problem } from '../lib/content-rules/problem.ts';
import { findBrokenLinks } from '../lib/link-check.ts';
import { CONTENT_DIR } from './section-sources.ts';


/** Names the file an editor should open to fix a link on a built page. */
function sourceOf(pagePath: string): string {
  const contentFile = `${CONTENT_DIR}${pagePath.replace(/\/$/, '') || '/index'}.mdx`;
  return fs.existsSync(contentFile) ? `${contentFile} (page ${pagePath})` : `src/pages (page ${pagePath})`;
}

/** Lists the HTML pages of a build directory as [site path, file path]. */
export function builtHtmlFiles(outDir: string): [string, string][] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const sitePath = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/');
      return [sitePath, path.join(outDir, file)];
    });
}

export interface ReadPage extends ParsedPage {
  /** File path relative to the build directory, as Pagefind names it (`steps/index.html`). */
  file: string;
}

/** Reads and parses every built page once; the content rules, link check, punctuation check and search index all use the result. */
export function readBuiltSite(outDir: string): ReadPage[] {
  return builtHtmlFiles(outDir).map(([sitePath, file]) => {
    return { ...parseBuiltPage(fs.readFileSync(file, 'utf8'), sitePath), file: path.relative(outDir, file) };
  });
}

/**
 * Every link on a built page that leads to no page or `#anchor`, naming the
 * source file to fix. Runs on the final HTML, so links written in layouts are
 * checked as well as links written in content.
 */
export function brokenLinkProblems(
  pages: readonly ParsedPage[],
  outDir: string,
  options: { site: string; base: string; plannedFiles?: ReadonlySet<string> },
): Problem[] {
  const { plannedFiles, ...site } = options;
  // Files the post-build pass writes after the checks (the QR codes) count as there.
  const fileExists = (sitePath: string) => plannedFiles?.has(sitePath.replace(/^\/+/, '')) || fs.existsSync(path.join(outDir, sitePath));
  return findBrokenLinks(pages, { ...site, fileExists }).map((link) => ({
    file: sourceOf(link.page),
    what: `link "${link.href}" is broken: ${link.reason}.`,
    fix: 'correct the link, or add the missing page or heading { #id }.',
  }));
}
