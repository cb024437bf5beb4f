/**
 * The guide's steps as search results: every step of the page that lists them
 * （第 N 步 headings）, offered when nothing matches, and one step put first when
 * the question is about a place in the walk through the app (screen-flow.ts).
 */
import type { AnalysedPage } from './page.ts';
import { bodyStart, excerptHtml } from './excerpt.ts';
import type { SearchGroup } from './engine.ts';
import { FILLER_WORDS, isGuideWord, type AnalysedQuery } from './query.ts';
import { stepOfPlace } from './screen-flow.ts';

/** Headings of the guide's steps （第 1 步：…）. */
const STEP_HEADING = /^第\s*(\d+)\s*步/;

/** The step a question is about by where the reader is in the walk through the app (screen-flow.ts), or null. */
export function stepOfQuery(analysed: AnalysedQuery, vocabulary: ReadonlySet<string>): number | null {
  return stepOfPlace(analysed.corrected ?? analysed.text, analysed.words, (word) => isGuideWord(word, vocabulary), (word) => FILLER_WORDS.has(word));
}

/** How many step headings a page has. */
export function stepCount(page: AnalysedPage): number {
  return page.sections.filter((section) => section.id && STEP_HEADING.test(section.heading)).length;
}

/** The page's steps as one result group, each step a hit showing the start of its body. */
export function stepsGroup(page: AnalysedPage): SearchGroup {
  const hits = page.sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => section.id && STEP_HEADING.test(section.heading))
    .map(({ section, index }) => ({
      url: `${page.url}#${encodeURIComponent(section.id!)}`,
      heading: section.heading,
      excerpt: excerptHtml(page.content, [], { start: bodyStart(page, index), end: section.end }),
    }));
  return { title: page.title, section: page.section, url: page.url, hits };
}

/** `groups` with step `step` of the steps page first, and the rest of that page's hits after it. */
export function leadWithStep(groups: readonly SearchGroup[], steps: SearchGroup, step: number): SearchGroup[] {
  const hit = steps.hits.find((candidate) => Number(STEP_HEADING.exec(candidate.heading)?.[1]) === step);
  if (!hit) return [...groups];
  const same = groups.find((group) => group.url === steps.url);
  const rest = (same?.hits ?? []).filter((other) => other.url !== hit.url);
  return [{ ...steps, hits: [hit, ...rest] }, ...groups.filter((group) => group !== same)];
}
