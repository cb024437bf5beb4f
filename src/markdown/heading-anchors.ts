import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { checkHeading, checkOldIds } from '../lib/headings';
import { headingAnchorHtml, oldIdAnchorsHtml } from '../lib/heading-anchor';

/** The project-relative path of the file being compiled, for error messages. */
function sourceName(fileURL: URL | undefined): string {
  return fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : '(unknown file)';
}

/**
 * Checks every heading's hand-written id (missing, malformed, duplicate or an h1
 * fails the build, naming the file) and adds the permalink control beside h2/h3.
 * A renamed heading keeps its shared links with `{ #new-id old-ids="old-id" }`:
 * each old id becomes an extra anchor in the heading's wrapper.
 */
export function headingAnchors(context: PluginFactoryContext): HastPluginDefinition {
  const file = sourceName(context.fileURL);
  const seen = new Set<string>();
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const depth = Number(node.tagName.slice(1));
        const error = checkHeading({ depth, id: node.properties?.id, text }, file, seen);
        if (error) throw new Error(error);
        const declared = node.properties?.['old-ids'] ?? node.properties?.oldIds;
        const oldIds = declared === undefined ? [] : String(declared).split(/[\s,]+/).filter(Boolean);
        const oldIdError = checkOldIds(oldIds, text, file, seen);
        if (oldIdError) throw new Error(oldIdError);
        if (declared !== undefined) ctx.setProperty(node, node.properties?.['old-ids'] === undefined ? 'oldIds' : 'old-ids', undefined);
        if (depth > 3) return;
        // The wrapper keeps the heading first and the control after it: div > [hN, a, old anchors].
        const anchors = headingAnchorHtml(String(node.properties.id), text) + oldIdAnchorsHtml(oldIds);
        ctx.wrapNode(node, { raw: `<div class="heading-wrapper level-${depth}">${anchors}</div>` });
      },
    },
  };
}
