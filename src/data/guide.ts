import { getCollection, render, type CollectionEntry } from 'astro:content';
import { orderSections, type Section } from '../lib/navigation';
import { stepHeadings, type Heading } from '../lib/headings';

export interface GuidePage {
  section: Section;
  entry: CollectionEntry<'guide'>;
}

/** All sections in reading order, each with its collection entry. Validated once per build. */
export async function getGuide(): Promise<GuidePage[]> {
  // Drafts are not published: no page, no navigation entry, no search result.
  const entries = await getCollection('guide', (entry) => !entry.data.draft);
  const sections = orderSections(
    entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? `src/content/guide/${entry.id}.mdx`,
      title: entry.data.title,
      navTitle: entry.data.navTitle,
      description: entry.data.description,
      order: entry.data.order,
      group: entry.data.group,
      inOnePageGuide: entry.data.inOnePageGuide,
    })),
  );
  return sections.map((section) => ({ section, entry: entries.find((entry) => entry.id === section.id)! }));
}

/** The guide as a whole: first published when its oldest section was, updated when its newest was. */
export function guideDates(guide: readonly GuidePage[]): { published: Date; updated: Date } {
  const times = (pick: (page: GuidePage) => Date) => guide.map((page) => pick(page).getTime());
  return {
    published: new Date(Math.min(...times((page) => page.entry.data.published))),
    updated: new Date(Math.max(...times((page) => page.entry.data.updated))),
  };
}

/** The how-to section (schemaType HowTo) and its `step-N` headings; null when the guide has none. */
export async function getStepsPage(): Promise<{ path: string; steps: Heading[] } | null> {
  const page = (await getGuide()).find((candidate) => candidate.entry.data.schemaType === 'HowTo');
  if (!page) return null;
  return { path: page.section.path, steps: stepHeadings((await render(page.entry)).headings) };
}
