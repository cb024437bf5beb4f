/**
 * Stage 3 of the search pipeline, the word scorer: when the query as a whole
 * is on no page, rank heading sections by the query's words they hold
 * (BM25-style: rarer words count more, repeats saturate, long sections are
 * not favoured), where they hold them (heading and page title above body)
 * and how close together they are.
 */
import { normalise } from './normalise.ts';
import type { PageHit } from './match.ts';
import { occurrences, sectionAt, type AnalysedPage } from './page.ts';
import { bodyStart, excerptHtml, type Span } from './excerpt.ts';
import type { QueryTerm } from './query.ts';

export interface WordMatch {
  url: string;
  title: string;
  section: string;
  score: number;
  /** Share of the query's weight held by the best section (1 = every word). */
  coverage: number;
  hits: PageHit[];
}

const K1 = 1.2;
const B = 0.75;
const HEADING_WEIGHT = 2.5;
/** The page title is the heading of the page top; it speaks a little for every section. */
const TITLE_WEIGHT = 2.5;
/** A question word only nudges: the share of its score that counts. */
const HINT_WEIGHT = 0.3;
/** Words closer than this many characters earn a proximity bonus. */
const NEAR = 24;

interface SectionTerms {
  /** For each term, its occurrences in the section body, heading and title. */
  body: Span[][];
  heading: boolean[];
  title: boolean[];
  length: number;
}

function holds(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => form && text.includes(form));
}

export function scoreWords(pages: readonly AnalysedPage[], terms: readonly QueryTerm[], hitsPerPage = 5): WordMatch[] {
  const forms = terms.map((term) => [...new Set(term.forms.map((form) => normalise(form)).filter(Boolean))]);
  const sections: { page: AnalysedPage; index: number; terms: SectionTerms }[] = [];
  for (const page of pages) {
    const title = normalise(page.title);
    const found = forms.map((list) => list.flatMap((form) => occurrences(page, form)));
    page.sections.forEach((section, index) => {
      const start = bodyStart(page, index);
      sections.push({
        page,
        index,
        terms: {
          body: found.map((list) => list.filter((at) => at.words >= start && sectionAt(page, at.words) === index).map(({ start, end }) => ({ start, end }))),
          heading: forms.map((list) => Boolean(section.id) && holds(page.headings[index]!, list)),
          // The title speaks for the page top most, a little for every section.
          title: forms.map((list) => holds(title, list)),
          length: Math.max(1, section.end - start),
        },
      });
    });
  }
  if (sections.length === 0) return [];
  const average = sections.reduce((sum, { terms }) => sum + terms.length, 0) / sections.length;
  // Rarity over the sections read: a word in every section says little.
  const idf = terms.map((_, t) => {
    const df = sections.filter(({ terms: s }) => s.body[t]!.length > 0 || s.heading[t]).length;
    return Math.log(1 + (sections.length - df + 0.5) / (df + 0.5));
  });
  const required = terms.map((term, t) => (term.hint ? 0 : idf[t]!));
  const total = required.reduce((sum, value) => sum + value, 0) || 1;

  const scored = sections.map(({ page, index, terms: s }) => {
    let score = 0;
    let held = 0;
    const marks: Span[] = [];
    terms.forEach((term, t) => {
      const tf = s.body[t]!.length;
      const top = !page.sections[index]!.id;
      const field = (s.heading[t] ? HEADING_WEIGHT : 0) + (s.title[t] ? (top ? TITLE_WEIGHT : TITLE_WEIGHT / 3) : 0);
      const body = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * s.length) / average));
      const value = idf[t]! * (body + field);
      if (value === 0) return;
      score += term.hint ? HINT_WEIGHT * value : value;
      if (tf > 0 || s.heading[t] || (top && s.title[t])) held += required[t]!;
      marks.push(...s.body[t]!);
    });
    // Words of the query next to each other in the body, in any order.
    for (let t = 0; t + 1 < terms.length; t++) {
      const gap = Math.min(
        Infinity,
        ...s.body[t]!.flatMap((a) => s.body[t + 1]!.map((b) => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end)))),
      );
      if (gap < NEAR) score += ((idf[t]! + idf[t + 1]!) / 2) * (1 - gap / NEAR);
    }
    const coverage = held / total;
    return { page, index, score: score * coverage * coverage, coverage, marks };
  });

  const byPage = new Map<AnalysedPage, typeof scored>();
  for (const entry of scored) if (entry.score > 0) byPage.set(entry.page, [...(byPage.get(entry.page) ?? []), entry]);
  const matches: WordMatch[] = [];
  for (const [page, entries] of byPage) {
    entries.sort((a, b) => b.score - a.score || a.index - b.index);
    const hits = entries.slice(0, hitsPerPage).map(({ index, score, marks }) => {
      const section = page.sections[index]!;
      return {
        url: section.id ? `${page.url}#${encodeURIComponent(section.id)}` : page.url,
        heading: section.id ? section.heading : page.title,
        excerpt: excerptHtml(page.content, marks, { start: bodyStart(page, index), end: section.end }),
        score,
      };
    });
    const score = page.weight * (entries[0]!.score + 0.1 * entries.slice(1).reduce((sum, entry) => sum + entry.score, 0));
    matches.push({ url: page.url, title: page.title, section: page.section, score, coverage: entries[0]!.coverage, hits });
  }
  return matches.sort((a, b) => b.score - a.score);
}
