import type { HastPluginDefinition } from 'satteri';
import { phrases } from '../lib/line-breaks';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Marks where MDX headings may break with `<wbr>` (see src/lib/line-breaks.ts):
 * each text node of a heading, outside code, becomes its phrases with `<wbr>`
 * between them. The heading's text, and so its permalink label, is unchanged.
 */
export function lineBreaks(): HastPluginDefinition {
  return {
    name: 'line-breaks',
    text(node, ctx) {
      let inHeading = false;
      for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
        if (parent.tagName === 'code') return;
        if (HEADINGS.has(parent.tagName)) inHeading = true;
      }
      if (!inHeading) return;
      const pieces = phrases(node.value);
      if (pieces.length < 2) return;
      ctx.replaceNode(
        node,
        pieces.flatMap((value, i) => [
          ...(i > 0 ? [{ type: 'element' as const, tagName: 'wbr', properties: {}, children: [] }] : []),
          { type: 'text' as const, value },
        ]),
      );
    },
  };
}
