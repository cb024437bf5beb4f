import { stripBase, withBase } from './urls.ts';

/**
 * Finds links in the built site that lead nowhere: a page that was not built,
 * or an `#anchor` that no element on the target page carries.
 */

export interface BuiltPage {
  /** Site path without base, e.g. `/steps/`. */
  path: string;
  ids: ReadonlySet<string>;
  /** Raw `href`/`src` values as written in the HTML. */
  links: readonly string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Builds a checker for one site. `fileExists` answers for non-page assets (`/favicon.svg`). */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  options: { site: string; base: string; fileExists: (sitePath: string) => boolean },
): BrokenLink[] {
  const origin = new URL(options.site).origin;
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    const pageUrl = new URL(withBase(page.path, options.base), origin);
    for (const href of page.links) {
      if (/^(?:mailto|tel|javascript|data):/i.test(href)) continue;
      const target = new URL(href, pageUrl);
      if (target.origin !== origin) continue;
      const path = stripBase(decodeURI(target.pathname), options.base);
      if (path === null) {
        broken.push({ page: page.path, href, reason: `it points outside the site base ${options.base}` });
        continue;
      }
      const targetPage = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!targetPage) {
        if (!options.fileExists(path)) broken.push({ page: page.path, href, reason: `no page or file ${path} is built` });
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && !targetPage.ids.has(id)) {
        broken.push({ page: page.path, href, reason: `${targetPage.path} has no element with id "${id}"` });
      }
    }
  }
  return broken;
}
