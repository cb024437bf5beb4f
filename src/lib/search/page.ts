/**
 * A page of the index as the query side reads it: Pagefind's fragment
 * (`result.data()`: plain text, heading anchors and their word positions)
 * split into heading sections once, and where a needle occurs in it. Shared
 * by the scorers (match.ts, score-words.ts) and the excerpts (excerpt.ts).
 */
import { BREAK, normalise, normaliseWithMap, PARAGRAPH, type NormalisedText } from './normalise.ts';

/** The part of Pagefind's fragment this module reads. */
export interface PageFragment {
  url: string;
  /** Plain text of the page body (zero-width spaces removed). */
  content: string;
  /**
   * The same text with Pagefind's word separators (U+200B) and `<`/`>`
   * escaped; used only to find which character each word index starts at.
   */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

export interface PageSection {
  /** Heading id, or null for the text before the first heading. */
  id: string | null;
  /** Heading text (the page title for the text before the first heading). */
  heading: string;
  /** Offsets of the section in `content`. */
  start: number;
  end: number;
}

/** A fragment prepared once and reused for every query. */
export interface AnalysedPage {
  url: string;
  title: string;
  section: string;
  /** Page score factor: the guide's own sections above articles beside it (see GUIDE_PAGE_WEIGHT). */
  weight: number;
  content: string;
  normalised: NormalisedText;
  sections: PageSection[];
  headings: string[];
}

/** Offset in `content` at which each Pagefind word index starts. */
export function wordOffsets(content: string, rawContent: string | undefined): number[] {
  const offsets = [0];
  if (rawContent && rawContent.includes('\u200B')) {
    // Walk both texts together: raw has the separators and escapes `<`, `>`.
    let c = 0;
    for (let r = 0; r < rawContent.length; ) {
      if (rawContent[r] === '\u200B') {
        offsets.push(c);
        r++;
      } else if (content[c] === '<' && rawContent.startsWith('&lt;', r)) {
        r += 4;
        c++;
      } else if (content[c] === '>' && rawContent.startsWith('&gt;', r)) {
        r += 4;
        c++;
      } else {
        r++;
        c++;
      }
    }
    return offsets;
  }
  // Without separators Pagefind counts whitespace-delimited words.
  for (const match of content.matchAll(/[^\S\uFEFF]+/g)) offsets.push(match.index + match[0].length);
  return offsets;
}

/** Splits a page into sections at its headings (h2–h6 with an id). */
export function pageSections(fragment: PageFragment): PageSection[] {
  const title = fragment.meta['title'] ?? '';
  const anchors = (fragment.anchors ?? [])
    .filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id)
    .sort((a, b) => a.location - b.location);
  const sections: PageSection[] = [{ id: null, heading: title, start: 0, end: fragment.content.length }];
  if (anchors.length === 0) return sections;
  const offsets = fragment.raw_content ? wordOffsets(fragment.content, fragment.raw_content) : null;
  const normalisedContent = offsets ? null : normaliseWithMap(fragment.content);
  let searchFrom = 0;
  for (const anchor of anchors) {
    let start: number;
    if (offsets) {
      start = offsets[Math.min(anchor.location, offsets.length - 1)] ?? fragment.content.length;
    } else {
      // No word offsets: find the heading text itself, in order.
      const needle = normalise(anchor.text ?? '');
      const at = needle ? normalisedContent!.text.indexOf(needle, searchFrom) : -1;
      start = at >= 0 ? normalisedContent!.start[at]! : (sections[sections.length - 1]?.start ?? 0);
      if (at >= 0) searchFrom = at + needle.length;
    }
    sections[sections.length - 1]!.end = start;
    sections.push({ id: anchor.id, heading: anchor.text ?? '', start, end: fragment.content.length });
  }
  return sections;
}

/** The Pagefind filter `part:guide` marks the guide's own sections (src/layouts/GuideLayout.astro). */
export const GUIDE_PART = 'guide';
/**
 * How much more a page of the guide itself scores than an article beside it
 * （先用后付 on a site of a thousand articles: the overview, not one that mentions it）.
 */
export const GUIDE_PAGE_WEIGHT = 1.5;

export function analysePage(fragment: PageFragment): AnalysedPage {
  const sections = pageSections(fragment);
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? '',
    section: fragment.meta['section'] ?? '',
    weight: fragment.filters?.['part']?.includes(GUIDE_PART) ? GUIDE_PAGE_WEIGHT : 1,
    content: fragment.content,
    normalised: normaliseWithMap(fragment.content),
    sections,
    headings: sections.map((section) => normalise(section.heading)),
  };
}

export interface Occurrence {
  start: number;
  end: number;
  /** Where the words of the match begin (after any leading punctuation): decides its section. */
  words: number;
}

/** Every occurrence of a normalised needle, as offsets in the original text. */
export function occurrences(page: AnalysedPage, needle: string): Occurrence[] {
  const out: Occurrence[] = [];
  if (!needle) return out;
  const { text, start, end } = page.normalised;
  let lead = 0;
  while (lead < needle.length - 1 && (needle[lead] === BREAK || needle[lead] === PARAGRAPH)) lead++;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    out.push({ start: start[at]!, end: end[at + needle.length - 1]!, words: start[at + lead]! });
  }
  return out;
}

/** Index of the section holding an offset. */
export function sectionAt(page: AnalysedPage, offset: number): number {
  let index = 0;
  for (let i = 0; i < page.sections.length; i++) if (page.sections[i]!.start <= offset) index = i;
  return index;
}
