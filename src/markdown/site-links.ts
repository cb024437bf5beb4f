import type { HastPluginDefinition } from 'satteri';
import { isExternal, isSiteAbsolute, withBase } from '../lib/urls';

/**
 * Content links are written site-absolute (`/steps/#step-1`); this prefixes the
 * deployment base so the same MDX works under `/` and `/zhima-guide/`. Links
 * that leave the site get `rel="noopener noreferrer"`.
 */
export function siteLinks(base: string): HastPluginDefinition {
  return {
    name: 'site-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        if (isSiteAbsolute(href)) ctx.setProperty(node, 'href', withBase(href, base));
        else if (isExternal(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  };
}
