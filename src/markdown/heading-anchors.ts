import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { Element } from 'hast';
import { checkHeading } from '../lib/headings';

/** The project-relative path of the file being compiled, for error messages. */
export function sourceName(fileURL: URL | undefined): string {
  return fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : '(unknown file)';
}

/** `<a href="#id">` after a heading: a plain link without JavaScript, a copy/share button with it. */
function anchorLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPermalink: '', dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `本节链接:${text}` }] },
      {
        type: 'element',
        tagName: 'svg',
        properties: { ariaHidden: 'true', viewBox: '0 0 24 24', width: '18', height: '18', fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round' },
        children: [
          { type: 'element', tagName: 'path', properties: { d: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71' }, children: [] },
          { type: 'element', tagName: 'path', properties: { d: 'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71' }, children: [] },
        ],
      },
    ],
  };
}

/**
 * Checks every heading's hand-written id (missing, malformed, duplicate or an h1
 * fails the build, naming the file) and adds the permalink control beside it.
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
        if (depth > 3) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${depth}`] },
          children: [anchorLink(String(node.properties.id), text)],
        });
      },
    },
  };
}
