import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './lib/content-rules/section-schema';

/**
 * One entry per section of the guide. The file name is the section's public URL
 * (`steps.mdx` → `/steps/`), so renaming a file breaks links: see src/data/permalinks.json.
 * The fields are documented in src/lib/content-rules/section-schema.ts.
 */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guide' }),
  schema: sectionSchema,
});

export const collections = { guide };
