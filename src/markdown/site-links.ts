import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { isExternal, isSiteAbsolute, withBase, withTrailingSlash } from '../lib/urls';

/** Rewrites one link's attributes; `set` writes an attribute on a Markdown or a JSX `<a>`. */
function rewrite(href: unknown, base: string, set: (name: string, value: string) => void): void {
  if (typeof href !== 'string') return;
  if (isSiteAbsolute(href)) set('href', withBase(withTrailingSlash(href), base));
  else if (isExternal(href)) set('rel', 'noopener noreferrer');
}

/**
 * Content links are written site-absolute (`/steps/#step-1`); this prefixes the
 * deployment base so the same MDX works under `/` and `/zhima-guide/`, and adds
 * the trailing slash every page URL has (`/steps` → `/steps/`, no redirect).
 * Links that leave the site get `rel="noopener noreferrer"`, whether written in
 * Markdown or as a JSX `<a>` in MDX.
 */
export function siteLinks(base: string): HastPluginDefinition {
  const jsx = {
    filter: ['a'],
    visit(node: { attributes: { type: string; name?: string; value?: unknown }[] }, ctx: HastVisitorContext) {
      let attributes = node.attributes;
      const attribute = (name: string) => attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      rewrite(attribute('href')?.value, base, (name, value) => {
        const existing = attribute(name);
        // An editor's own rel tokens (nofollow…) are kept beside noopener noreferrer.
        const merged = name === 'rel' && typeof existing?.value === 'string' ? [...new Set([...existing.value.split(/\s+/), ...value.split(' ')])].join(' ') : value;
        attributes = existing ? attributes.map((a) => (a === existing ? { ...a, value: merged } : a)) : [...attributes, { type: 'mdxJsxAttribute', name, value }];
      });
      if (attributes !== node.attributes) ctx.replaceNode(node as never, { ...node, attributes } as never);
    },
  };
  return {
    name: 'site-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        rewrite(node.properties?.href, base, (name, value) => ctx.setProperty(node, name, name === 'rel' ? value.split(' ') : value));
      },
    },
    mdxJsxFlowElement: jsx as never,
    mdxJsxTextElement: jsx as never,
  };
}
