/**
 * Rules for one section file as a whole: its name (the public URL), its dates,
 * and the step numbering a HowTo page promises.
 */
import { latestToday, parseCalendarDate } from '../dates.ts';
import { checkHeading } from '../headings.ts';
import type { Problem } from './problem.ts';
import { proseLines, proseText, type SourceFile } from './source.ts';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A section's file name is its URL (`steps.mdx` → `/steps/`): lowercase
 * kebab-case, and not a URL the site already uses for a page or a folder.
 */
export function checkFileName(file: string, name: string, takenUrls: ReadonlySet<string>): Problem | null {
  const slug = name.replace(/\.mdx$/, '');
  if (!KEBAB_CASE.test(slug)) {
    const suggestion = slug.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return {
      file,
      what: `the file name "${name}" is the section's public URL and must be lowercase kebab-case (letters, digits, hyphens).`,
      fix: suggestion ? `rename it to "${suggestion}.mdx" (its URL becomes /${suggestion}/).` : 'rename it with lowercase Latin letters and hyphens, e.g. "faq.mdx".',
    };
  }
  if (takenUrls.has(slug)) {
    return { file, what: `the section URL /${slug}/ is already used by the site (a page or folder of the same name).`, fix: `rename the file, e.g. "${slug}-guide.mdx".` };
  }
  return null;
}

/**
 * Something in the content folder that is not a section file would be left
 * out of the site without a word: a `.md` file, a sub-folder (the loader reads
 * `*.mdx` directly in it). Dot files (.gitkeep, .DS_Store) are not content.
 */
export function checkContentEntry(dir: string, name: string, isDirectory: boolean): Problem | null {
  if (name.startsWith('.')) return null;
  if (isDirectory) {
    return { file: `${dir}/${name}/`, what: 'a folder inside the sections folder is not built: sections are the .mdx files directly in it.', fix: `move its sections up into ${dir}/ (each file name is its URL).` };
  }
  if (name.toLowerCase().endsWith('.mdx')) return null;
  const stem = name.replace(/\.[^.]*$/, '');
  return { file: `${dir}/${name}`, what: 'only .mdx files are built as sections; this file would be left out of the site.', fix: `rename it to "${stem}.mdx", or move it out of ${dir}/.` };
}

/**
 * `published` and `updated` as written: YYYY-MM-DD, real calendar days, updated
 * on or after published, neither in the future unless the section is a draft.
 */
export function checkDates(source: SourceFile, now: Date): Problem[] {
  const problems: Problem[] = [];
  const today = latestToday(now);
  const dates: Record<string, string> = {};
  for (const field of ['published', 'updated']) {
    const value = source.data[field];
    if (value === undefined) continue; // the schema reports a missing field
    const line = source.keyLines.get(field);
    const text = String(value);
    if (!parseCalendarDate(text)) {
      problems.push({ file: source.file, line, what: `${field}: "${text}" is not a calendar date written YYYY-MM-DD.`, fix: `write the day as year-month-day with hyphens, e.g. ${field}: 2024-08-19.` });
      continue;
    }
    dates[field] = text;
    if (text > today && source.data.draft !== true) {
      problems.push({ file: source.file, line, what: `${field}: ${text} is in the future.`, fix: 'use the real date, or add `draft: true` to keep the section unpublished until then.' });
    }
  }
  if (dates.published && dates.updated && dates.updated < dates.published) {
    problems.push({ file: source.file, line: source.keyLines.get('updated'), what: `updated (${dates.updated}) is earlier than published (${dates.published}).`, fix: 'set updated to the day of the last change, on or after published.' });
  }
  return problems;
}

/**
 * The Markdown headings of the body (`## 标题 { #step-1 }`), outside code, with their lines.
 * `##` alone is a heading too (an empty one), and a closing `##` sequence is not text.
 */
export function headings(source: SourceFile): { depth: number; text: string; id: string | undefined; line: number }[] {
  return proseLines(source).flatMap(({ text, line }) => {
    const match = /^(#{1,6})(?:\s+(.*?))?\s*$/.exec(text);
    if (!match) return [];
    const [, content = '', attributes = ''] = /^(.*?)\s*(?:\{([^}]*)\})?$/.exec(match[2] ?? '')!;
    const id = /(?:^|\s)#([^\s}]+)/.exec(attributes)?.[1];
    return [{ depth: match[1]!.length, text: content.replace(/(?:^|\s+)#+$/, ''), id, line }];
  });
}

/** Heading ids written in the body with their lines. */
export function headingIds(source: SourceFile): { id: string; line: number }[] {
  return headings(source).flatMap(({ id, line }) => (id ? [{ id, line }] : []));
}

/** Every heading needs a hand-written, well-formed id, unique on the page (src/lib/headings.ts). */
export function checkHeadings(source: SourceFile): Problem[] {
  const seen = new Set<string>();
  return headings(source).flatMap(({ depth, text, id, line }) => {
    const error = checkHeading({ depth, id, text }, source.file, seen);
    if (!error) return [];
    // checkHeading's message is "file: what. Fix."; the first sentence is the what.
    const message = error.slice(source.file.length + 2);
    const split = message.search(/[.;] (?=[A-Z])/);
    return [{ file: source.file, line, what: split > 0 ? message.slice(0, split + 1) : message, fix: split > 0 ? message.slice(split + 2) : 'fix the heading as described.' }];
  });
}

/** A heading written as JSX or HTML (`<h2 id="x"></h2>`) with nothing inside: an empty line with a nameless heading. */
export function checkEmptyMarkupHeadings(source: SourceFile): Problem[] {
  const { text, lineOf } = proseText(source);
  return [...text.matchAll(/<h([1-6])\b[^<>]*?(?:\/>|>\s*<\/h\1\s*>)/g)].map((match) => ({
    file: source.file,
    line: lineOf(match.index),
    what: `the heading ${match[0].replace(/\s+/g, ' ')} has no text; it would be an empty line on the page, a heading without a name to screen readers.`,
    fix: 'write the heading in Markdown with its words and id, e.g. "## 标题 { #my-section }", or remove it.',
  }));
}

/** `schemaType: HowTo` promises numbered steps: #step-1 … #step-N, in order, none missing. */
export function checkHowToSteps(source: SourceFile): Problem[] {
  if (source.data.schemaType !== 'HowTo') return [];
  const steps = headingIds(source).filter(({ id }) => /^step-\d+$/.test(id));
  if (steps.length === 0) {
    return [{ file: source.file, line: source.keyLines.get('schemaType'), what: 'schemaType is HowTo but no heading has a step id.', fix: 'give the step headings ids { #step-1 }, { #step-2 } … in order, or remove `schemaType: HowTo`.' }];
  }
  for (const [index, step] of steps.entries()) {
    const expected = `step-${index + 1}`;
    if (step.id !== expected) {
      return [{ file: source.file, line: step.line, what: `step heading #${step.id} is step ${index + 1} of the page; HowTo steps must be numbered #step-1 … #step-${steps.length} in order without gaps.`, fix: `renumber it { #${expected} } (and the steps after it), keeping old shared ids with old-ids="…".` }];
    }
  }
  return [];
}
