import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One entry per section of the guide. The file name is the section's public URL
 * (`steps.mdx` → `/steps/`), so renaming a file breaks links: see tests/permalinks.json.
 */
/** A required field whose absence is explained in the editor's terms. */
const required = (field: string, what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `add \`${field}:\` to the frontmatter (${what})` : `${field} must be ${what}`,
});

const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guide' }),
  schema: z
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
      published: z.coerce.date(required('published', 'a date written YYYY-MM-DD')),
      /** Last substantive change, YYYY-MM-DD; never earlier than `published`. */
      updated: z.coerce.date(required('updated', 'a date written YYYY-MM-DD')),
      /** `HowTo` for a page of numbered `#step-N` headings, `Article` otherwise (JSON-LD type). */
      schemaType: z.enum(['Article', 'HowTo']).default('Article'),
      /**
       * Chapter the page is listed under in navigation (e.g. 常见问题). Pages of a chapter are listed only on
       * the chapter's own pages; elsewhere the chapter is one link. Leave it out for the guide's own sections.
       */
      group: z.string().min(2, 'group: name the chapter (at least 2 characters)').max(12, 'group: keep the chapter name to 12 characters or fewer').optional(),
      /** Part of the one-page guide (/guide/); set `false` for pages that stand beside the guide, such as articles. */
      inOnePageGuide: z.boolean({ error: 'inOnePageGuide must be true or false' }).default(true),
    })
    .refine((data) => data.updated >= data.published, {
      message: 'updated: the date must be on or after `published`',
      path: ['updated'],
    }),
});

export const collections = { guide };
