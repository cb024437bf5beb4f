import type { Collector } from './collector.ts';

/**
 * The part of a page Pagefind reads, as a small document of its own: the
 * `<html lang>`, the `<title>` and the `data-pagefind-body` elements, cut from
 * the source unchanged. Everything Pagefind takes from a page of ours lives
 * there (meta and filters are written on or inside the body, GuideLayout.astro),
 * so it indexes the same text from a third of the bytes, and takes no stray
 * image from the page's chrome (the footer's QR code) as the page's picture.
 * Null when the page has no body (Pagefind would skip it).
 */
export function pagefindHtml(source: string): Collector<string | null> {
  const cuts: string[] = [];
  let lang: string | undefined;
  /** Depth inside the element being cut (a body, or the title), and where it starts. */
  let depth = 0;
  let start = 0;
  let inBody = false;
  let title = '';

  return {
    open(name, attributes, at) {
      if (depth > 0) {
        depth++;
        return;
      }
      if (name === 'html') lang = attributes.lang;
      const body = attributes['data-pagefind-body'] !== undefined;
      if (body || (name === 'title' && !title)) {
        depth = 1;
        start = at;
        inBody = body;
      }
    },
    text() {},
    close(_name, at) {
      if (depth === 0 || --depth > 0) return;
      if (inBody) cuts.push(source.slice(start, at));
      else title = source.slice(start, at);
    },
    result() {
      if (cuts.length === 0) return null;
      const html = lang === undefined ? '<html>' : `<html lang="${lang.replace(/"/g, '&quot;')}">`;
      return `<!doctype html>${html}<head>${title}</head><body>${cuts.join('')}</body></html>`;
    },
  };
}
