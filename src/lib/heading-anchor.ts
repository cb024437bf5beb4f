/**
 * The permalink control placed after every h2/h3: a plain `#id` link without
 * JavaScript, a copy/share button with it (src/scripts/permalinks.ts). One
 * definition for headings written in MDX and headings written in templates.
 */
import { escapeHtml } from './html';

const LINK_ICON =
  '<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>';

/** The control's HTML; `text` is the heading's text, announced as the link's name. */
export function headingAnchorHtml(id: string, text: string): string {
  return `<a class="heading-anchor" href="#${escapeHtml(id)}" data-permalink data-pagefind-ignore><span class="sr-only">本节链接:${escapeHtml(text)}</span>${LINK_ICON}</a>`;
}

/**
 * Empty anchors for a renamed heading's old ids, so links shared before the
 * rename still land on it (`/steps/#old-id`). Hidden from assistive technology.
 */
export function oldIdAnchorsHtml(oldIds: readonly string[]): string {
  return oldIds.map((id) => `<span class="old-id" id="${escapeHtml(id)}" aria-hidden="true"></span>`).join('');
}
