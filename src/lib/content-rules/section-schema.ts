/**
 * The frontmatter of a guide section: one schema for Astro's content
 * collection (src/content.config.ts) and the build's content check, which
 * validates the files before Astro does so errors name their line.
 */
import { z } from 'astro/zod';
import { isoDate, parseCalendarDate } from '../dates.ts';

/** A required field whose absence is explained in the editor's terms. */
const required = (field: string, what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `add \`${field}:\` to the frontmatter (${what})` : `${field} must be ${what}`,
});

/**
 * A calendar day written YYYY-MM-DD, as UTC midnight whatever the machine's time zone.
 * YAML turns an unquoted 2024-08-19 into a Date already; a quoted one arrives as text.
 * (The build's content check reads the raw text first: YAML rolls 2024-13-45 over silently.)
 */
const calendarDate = (field: string) =>
  z
    .union([z.date(), z.string()], required(field, 'a date written YYYY-MM-DD'))
    .transform((value, context) => {
      const date = value instanceof Date ? parseCalendarDate(isoDate(value)) : parseCalendarDate(value);
      if (!date || (value instanceof Date && date.getTime() !== value.getTime())) {
        context.addIssue({ code: 'custom', message: `${field}: write a real calendar date as YYYY-MM-DD, e.g. 2024-08-19` });
        return z.NEVER;
      }
      return date;
    });

export const sectionSchema = z
  .object({
    /** Page heading (h1) and the first part of the browser tab title. */
    title: z.string(required('title', 'the page heading, text')).min(2, 'title: give the page heading (at least 2 characters)'),
    /** Short label for navigation, cards and prev/next links. */
    navTitle: z.string(required('navTitle', 'a short navigation label, text')).min(2).max(12, 'navTitle: keep the navigation label to 12 characters or fewer'),
    /** Meta description and search-result snippet; search engines show about 80 Chinese characters. */
    description: z
      .string(required('description', 'one or two sentences for search results, text'))
      .min(20, 'description: write at least 20 characters; it is the text shown in search results')
      .max(120, 'description: keep it to 120 characters; longer text is cut off in search results'),
    /** Position in the navigation, 1 first. Every section needs a different number. */
    order: z.number(required('order', 'a whole number such as 3')).int().positive(),
    /** First publication date, YYYY-MM-DD. */
    published: calendarDate('published'),
    /** Last substantive change, YYYY-MM-DD; never earlier than `published`. */
    updated: calendarDate('updated'),
    /** `HowTo` for a page of numbered `#step-N` headings, `Article` otherwise (JSON-LD type). */
    schemaType: z.enum(['Article', 'HowTo']).default('Article'),
    /** `true` keeps a section out of the build (no page, no navigation), e.g. while its date is in the future. */
    draft: z.boolean().default(false),
    /**
     * Chapter the page is listed under in navigation （e.g. 常见问题）. Pages of a chapter are listed only on
     * the chapter's own pages; elsewhere the chapter is one link. Leave it out for the guide's own sections.
     */
    group: z.string().min(2, 'group: name the chapter (at least 2 characters)').max(12, 'group: keep the chapter name to 12 characters or fewer').optional(),
    /** Part of the one-page guide (/guide/); set `false` for pages that stand beside the guide, such as articles. */
    inOnePageGuide: z.boolean({ error: 'inOnePageGuide must be true or false' }).default(true),
  })
  // Closed: a misspelt optional field (`draf: true`) would otherwise be dropped without a word, and a draft go live.
  .strict()
  .refine((data) => data.updated >= data.published, {
    message: 'updated: the date must be on or after `published`',
    path: ['updated'],
  });
