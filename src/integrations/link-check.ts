import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check.ts';

const CONTENT_DIR = 'src/content/guide';

/** Names the file an editor should open to fix a link on a built page. */
function sourceOf(pagePath: string): string {
  const contentFile = `${CONTENT_DIR}${pagePath.replace(/\/$/, '') || '/index'}.mdx`;
  return fs.existsSync(contentFile) ? `${contentFile} (page ${pagePath})` : `src/pages (page ${pagePath})`;
}

/** Reads one built HTML page: its ids and every link it makes. */
export function readBuiltPage(html: string, pagePath: string): BuiltPage {
  const { document } = parseHTML(html);
  const ids = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
  const links = [
    ...[...document.querySelectorAll('a[href], link[href]:not([rel="alternate"])')].map((e) => e.getAttribute('href')!),
    ...[...document.querySelectorAll('img[src], script[src]')].map((e) => e.getAttribute('src')!),
  ];
  return { path: pagePath, ids, links };
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

/**
 * Fails the build when any built page links to a page or `#anchor` that does
 * not exist, naming the source file to fix. Runs on the final HTML, so links
 * written in layouts are checked as well as links written in content.
 */
export function linkCheck(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = builtHtmlFiles(outDir).map(([sitePath, file]) => readBuiltPage(fs.readFileSync(file, 'utf8'), sitePath));
        const fileExists = (sitePath: string) => fs.existsSync(path.join(outDir, sitePath));
        const broken = findBrokenLinks(pages, { site, base, fileExists });
        if (broken.length > 0) {
          const lines = broken.map((link) => `  ${sourceOf(link.page)}: link "${link.href}" is broken: ${link.reason}.`);
          throw new Error(`Broken internal links; fix the link or add the missing page or { #id }:\n${lines.join('\n')}`);
        }
        logger.info(`${pages.length} pages, every internal link and anchor resolves.`);
      },
    },
  };
}
