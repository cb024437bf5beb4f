/**
 * The exact scorer: does a page's text (page.ts) really contain a query
 * variant, under which heading, and how to show it.
 */
import { exactForm, type QueryVariant } from './variants.ts';
import { bodyStart, excerptHtml, type Span } from './excerpt.ts';
import { occurrences, sectionAt, type AnalysedPage } from './page.ts';

export interface PageHit {
  url: string;
  heading: string;
  excerpt: string;
  score: number;
}

export interface PageMatch {
  url: string;
  title: string;
  section: string;
  score: number;
  /** True when the page holds the reader's query exactly as typed. */
  exact: boolean;
  hits: PageHit[];
}

/**
 * How well a heading describes the query: it must contain the query, and the
 * more of the heading the query covers the better （信用服务 is the whole
 * point of 点击「信用服务」， a passing mention elsewhere）.
 */
export function headingScore(heading: string, needle: string): number {
  return heading && heading.includes(needle) ? 4 + (12 * needle.length) / heading.length : 0;
}

/** Bonus for a section holding the query exactly as typed, punctuation included. */
const EXACT_BONUS = 2;

/**
 * Matches the variants against one page: null when the page contains none of
 * them, otherwise its hits (one per section holding a match, best first) and
 * a page score.
 */
export function matchPage(page: AnalysedPage, variants: readonly QueryVariant[], hitsPerPage = 5): PageMatch | null {
  const bySection = new Map<number, { score: number; first: Span; all: Span[]; order: number }>();
  let exactAnywhere = false;
  for (const variant of variants) {
    const found = occurrences(page, variant.text);
    const counts = new Map<number, { count: number; exact: boolean; first: Span; all: Span[] }>();
    for (const occurrence of found) {
      const index = sectionAt(page, occurrence.words);
      const entry = counts.get(index) ?? { count: 0, exact: false, first: occurrence, all: [] };
      entry.count++;
      entry.all.push(occurrence);
      if (variant.exact && !entry.exact && exactForm(page.content.slice(occurrence.start, occurrence.end)) === variant.exact) {
        entry.exact = true;
        entry.first = occurrence;
      }
      counts.set(index, entry);
    }
    for (const [index, { count, exact, first, all }] of counts) {
      if (exact) exactAnywhere = true;
      // Mentions count, but a section repeating a word is not much better for it.
      const score =
        variant.weight * (headingScore(page.headings[index]!, variant.text) + Math.min(count, 3) + (exact ? EXACT_BONUS : 0));
      const existing = bySection.get(index);
      if (!existing || existing.score < score) bySection.set(index, { score, first, all, order: index });
    }
  }
  if (bySection.size === 0) return null;
  const ranked = [...bySection.entries()].sort(([, a], [, b]) => b.score - a.score || a.order - b.order);
  const hits = ranked.slice(0, hitsPerPage).map(([index, { score, first, all }]) => {
    const section = page.sections[index]!;
    const body = bodyStart(page, index);
    return {
      url: section.id ? `${page.url}#${encodeURIComponent(section.id)}` : page.url,
      heading: section.id ? section.heading : page.title,
      // A match in the heading is not in the excerpt: the body's occurrences are marked instead.
      excerpt: excerptHtml(page.content, first.start >= body ? [first] : all, { start: body, end: section.end }),
      score,
    };
  });
  const scores = ranked.map(([, { score }]) => score);
  // The best section decides; further matching sections break ties.
  const score = page.weight * (scores[0]! + 0.1 * scores.slice(1).reduce((sum, value) => sum + value, 0));
  return { url: page.url, title: page.title, section: page.section, score, exact: exactAnywhere, hits };
}
