/**
 * Stage 4 of the search pipeline, the text a result shows: a short piece of
 * a section's body (never its heading, which the result shows on its own,
 * and never the next section's text) with every matched word marked.
 */
import { escapeHtml } from '../html.ts';
import type { AnalysedPage } from './page.ts';

export interface Span {
  start: number;
  end: number;
}

const EXCERPT_BEFORE = 18;
const EXCERPT_LENGTH = 72;

/** Where a section's body starts in the page text: after its heading and Pagefind's ". " behind it. */
export function bodyStart(page: AnalysedPage, index: number): number {
  const section = page.sections[index]!;
  if (!section.id || !section.heading) return section.start;
  const heading = section.heading.trim();
  const at = page.content.indexOf(heading, section.start);
  if (at < 0 || at > section.start + 2) return section.start;
  const after = at + heading.length;
  const skipped = /^[.\s]*/.exec(page.content.slice(after, section.end))![0].length;
  return Math.min(section.end, after + skipped);
}

/**
 * A piece of `bounds` around the first of `marks` (offsets in `content`), as
 * safe HTML: the text is escaped and each mark inside the piece wrapped in <mark>.
 * Without marks in the body, the piece is the start of the body.
 */
export function excerptHtml(content: string, marks: readonly Span[], bounds: Span): string {
  const inside = marks
    .filter((mark) => mark.start >= bounds.start && mark.end <= bounds.end && mark.end > mark.start)
    .sort((a, b) => a.start - b.start);
  const from = inside.length > 0 ? Math.max(bounds.start, inside[0]!.start - EXCERPT_BEFORE) : bounds.start;
  const to = Math.min(bounds.end, Math.max(from + EXCERPT_LENGTH, inside[0]?.end ?? 0));
  const tidy = (text: string) => text.replace(/\s+/g, ' ');
  let html = '';
  let at = from;
  for (const mark of inside) {
    if (mark.start < at || mark.end > to) continue;
    html += escapeHtml(tidy(content.slice(at, mark.start))) + `<mark>${escapeHtml(tidy(content.slice(mark.start, mark.end)))}</mark>`;
    at = mark.end;
  }
  html += escapeHtml(tidy(content.slice(at, to)));
  html = html.replace(/^\s+/, '').replace(/\s+$/, '');
  html = (from > bounds.start ? '…' : '') + html + (to < bounds.end ? '…' : '');
  // Pagefind ends blocks with ". "; Chinese prose never puts an ASCII full stop before Han text.
  return html.replace(/\. (?=(?:<mark>)?\p{Script=Han})/gu, ' ');
}
