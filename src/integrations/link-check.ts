import fs from 'node:fs';
import path from 'node:path';
import { parseBuiltPage, type ParsedPage } from '../lib/built-page.ts';
import { findBrokenLinks } from '../lib/link-check.ts';

const CONTENT_DIR = 'src/content/guide';

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
  html: string;
}

/** Reads and parses every built page once; the link check and the search index both use the result. */
export function readBuiltSite(outDir: string): ReadPage[] {
  return builtHtmlFiles(outDir).map(([sitePath, file]) => {
    const html = fs.readFileSync(file, 'utf8');
    return { ...parseBuiltPage(html, sitePath), file: path.relative(outDir, file), html };
  });
}

/**
 * Throws when any built page links to a page or `#anchor` that does not
 * exist, naming the source file to fix. Runs on the final HTML, so links
 * written in layouts are checked as well as links written in content.
 */
export function checkLinks(pages: readonly ParsedPage[], outDir: string, options: { site: string; base: string }): void {
  const fileExists = (sitePath: string) => fs.existsSync(path.join(outDir, sitePath));
  const broken = findBrokenLinks(pages, { ...options, fileExists });
  if (broken.length > 0) {
    const lines = broken.map((link) => `  ${sourceOf(link.page)}: link "${link.href}" is broken: ${link.reason}.`);
    throw new Error(`Broken internal links; fix the link or add the missing page or { #id }:\n${lines.join('\n')}`);
  }
}
