/**
 * Rules checked on the built HTML, where layouts and content meet: the public
 * permalink contract (src/data/permalinks.json), ids the layout already uses,
 * inline styles the CSP blocks, and links to other origins without `rel`.
 */
import type { Problem } from './problem.ts';

export interface PermalinkContract {
  pages: Record<string, string[]>;
  files: string[];
}

/** What the rules need from one built page. */
export interface PageFacts {
  path: string;
  /** Every id on the page. */
  ids: ReadonlySet<string>;
  /** Ids that occur more than once, each once. */
  repeatedIds: readonly string[];
  /** Elements with an inline style attribute or <style> blocks, as short descriptions. */
  inlineStyles: readonly string[];
  /** hrefs of links to other origins whose rel lacks noopener or noreferrer. */
  unsafeExternalLinks: readonly string[];
}

/** Where an editor fixes a page or an id: the section file and the id's line when it is one. */
export type Locate = (pagePath: string, id?: string) => { file: string; line?: number };

const CONTRACT = 'src/data/permalinks.json';

/** Every URL and id readers may have shared must still be built. */
export function checkPermalinks(contract: PermalinkContract, pages: ReadonlyMap<string, PageFacts>, fileExists: (path: string) => boolean, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  for (const [path, ids] of Object.entries(contract.pages)) {
    const page = pages.get(path);
    if (!page) {
      problems.push({
        ...locate(path),
        what: `${path} is a public URL (${CONTRACT}) but the build no longer makes it; shared links would land on the 404 page.`,
        fix: `restore the section file (a renamed file changes the URL: rename it back), or keep a section at ${path}.`,
      });
      continue;
    }
    for (const id of ids.filter((id) => !page.ids.has(id))) {
      problems.push({
        ...locate(path),
        what: `${path}#${id} is a public link (${CONTRACT}) but no heading on ${path} has the id "${id}" any more.`,
        fix: `keep it on the renamed heading: \`## 新标题 { #new-id old-ids="${id}" }\`.`,
      });
    }
  }
  for (const file of contract.files.filter((file) => !fileExists(file))) {
    problems.push({ file: CONTRACT, what: `${file} is a public file but the build no longer writes it.`, fix: `restore what writes ${file} (src/pages or public/).` });
  }
  return problems;
}

/** An id used twice on a page: a heading that takes an id the layout uses (main, top, the search dialog's…). */
export function checkDuplicateIds(page: PageFacts, locate: Locate): Problem[] {
  return page.repeatedIds.map((id) => ({
    ...locate(page.path, id),
    what: `the id "${id}" is used twice on ${page.path}: the page layout already uses it, so #${id} would not reach the heading.`,
    fix: `give the heading another id, e.g. { #${id}-section }.`,
  }));
}

/** Inline styles are blocked by the CSP (style-src 'self'), and links out must not hand over `window.opener` or the URL. */
export function checkPageMarkup(page: PageFacts, locate: Locate): Problem[] {
  return [
    ...page.inlineStyles.map((element) => ({
      ...locate(page.path),
      what: `${page.path} has an inline style (${element}): the Content-Security-Policy blocks it in readers' browsers.`,
      fix: 'use a class from src/styles/global.css instead of style="…" or <style>.',
    })),
    ...page.unsafeExternalLinks.map((href) => ({
      ...locate(page.path),
      what: `${page.path} links to ${href} without rel="noopener noreferrer".`,
      fix: 'add rel="noopener noreferrer" to the <a> (Markdown and MDX links in content get it automatically).',
    })),
  ];
}
