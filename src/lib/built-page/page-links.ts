import { isExternal } from '../urls.ts';
import type { Collector } from './collector.ts';

/** Ids, links and markup of a page, for the link check and the built-page content rules. */
export interface PageLinks {
  /** Every id on the page. */
  ids: Set<string>;
  /** Ids that occur more than once, each listed once, in document order. */
  repeatedIds: string[];
  /** Raw `href`/`src` values as written (alternate-language `<link>`s excepted). */
  links: string[];
  /** Elements with an inline `style` attribute, and `<style>` blocks, as short descriptions. */
  inlineStyles: string[];
  /** hrefs of links to other origins whose `rel` lacks noopener or noreferrer. */
  unsafeExternalLinks: string[];
  /** Ids of the sections a reader can link to: the targets of the heading link controls (`data-permalink`). */
  sectionIds: string[];
  /** `<link rel="stylesheet">`s in document order, with their `media` (empty when there is none). */
  stylesheets: { href: string; media: string }[];
}

const SAFE_REL = ['noopener', 'noreferrer'];

export function pageLinks(): Collector<PageLinks> {
  const facts: PageLinks = { ids: new Set(), repeatedIds: [], links: [], inlineStyles: [], unsafeExternalLinks: [], sectionIds: [], stylesheets: [] };
  return {
    open(name, attributes) {
      const { id, href, src, style, rel = '' } = attributes;
      if (id !== undefined) {
        if (facts.ids.has(id) && !facts.repeatedIds.includes(id)) facts.repeatedIds.push(id);
        facts.ids.add(id);
      }
      if (href !== undefined && (name === 'a' || (name === 'link' && rel !== 'alternate'))) facts.links.push(href);
      if (name === 'link' && href !== undefined && rel.split(/\s+/).includes('stylesheet')) facts.stylesheets.push({ href, media: attributes.media ?? '' });
      if (name === 'a' && attributes['data-permalink'] !== undefined && href?.startsWith('#')) facts.sectionIds.push(decodeURIComponent(href.slice(1)));
      if (src !== undefined && (name === 'img' || name === 'script')) facts.links.push(src);
      if (style !== undefined) facts.inlineStyles.push(`<${name} style="${style}">`.slice(0, 80));
      if (name === 'style') facts.inlineStyles.push('<style>');
      if (name === 'a' && href !== undefined && isExternal(href) && !SAFE_REL.every((token) => rel.split(/\s+/).includes(token))) {
        facts.unsafeExternalLinks.push(href);
      }
    },
    text() {},
    close() {},
    result: () => facts,
  };
}
