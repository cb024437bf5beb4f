/**
 * The guide's reading order, computed once from the content collection and
 * read by every navigation component (sidebar, cards, prev/next, breadcrumbs).
 */

export interface SectionInput {
  /** Collection entry id = file name without extension = URL segment. */
  id: string;
  /** Path of the source file, for error messages. */
  filePath: string;
  title: string;
  navTitle: string;
  description: string;
  order: number;
  /** Chapter the page is listed under in navigation; none for the guide's own top-level sections. */
  group?: string | undefined;
  /** Whether the section is part of the one-page guide (/guide/). */
  inOnePageGuide: boolean;
}

export interface Section extends SectionInput {
  /** Site-absolute path without base, e.g. `/steps/`. */
  path: string;
}

export interface PageNeighbours {
  prev?: Section | undefined;
  next?: Section | undefined;
}

/** Id of the one navigation element, which the header's menu button opens on phones. */
export const SECTION_NAV_ID = 'site-nav';

const SECTION_ID = /^[a-z][a-z0-9-]*$/;

/** Sorts sections by `order`; throws with the file names when two share an order or an id is not URL-safe. */
export function orderSections(inputs: readonly SectionInput[]): Section[] {
  const byOrder = new Map<number, SectionInput>();
  for (const input of inputs) {
    if (!SECTION_ID.test(input.id)) {
      throw new Error(
        `${input.filePath}: the file name "${input.id}" becomes the page URL; use lowercase letters, digits and hyphens only.`,
      );
    }
    const clash = byOrder.get(input.order);
    if (clash) {
      throw new Error(
        `${input.filePath}: order ${input.order} is already used by ${clash.filePath}; give each section a different order.`,
      );
    }
    byOrder.set(input.order, input);
  }
  return [...inputs].sort((a, b) => a.order - b.order).map((input) => ({ ...input, path: `/${input.id}/` }));
}

/** The sections before and after `id` in reading order. */
export function neighbours(sections: readonly Section[], id: string): PageNeighbours {
  const index = sections.findIndex((section) => section.id === id);
  if (index === -1) throw new Error(`Unknown section "${id}"; known sections: ${sections.map((s) => s.id).join(', ')}.`);
  return { prev: sections[index - 1], next: sections[index + 1] };
}

export interface Crumb {
  name: string;
  path: string;
}

/** Breadcrumb trail from the home page to a page (used visibly and in JSON-LD). */
export function breadcrumbs(homeName: string, page?: Crumb): Crumb[] {
  const home = { name: homeName, path: '/' };
  return page ? [home, page] : [home];
}

/** A top-level section link, numbered in reading order among the ungrouped sections. */
export interface NavSection {
  kind: 'section';
  section: Section;
  number: number;
}

/**
 * A chapter: expanded (its pages listed) when it holds the current page,
 * otherwise one link to its first page. This keeps every page's navigation
 * to one link per chapter plus the current chapter's pages, however many
 * pages the site has.
 */
export interface NavGroup {
  kind: 'group';
  label: string;
  /** The chapter's first page, where its one link leads. */
  first: Section;
  /** How many pages the chapter holds. */
  size: number;
  /** The chapter's pages when it holds the current page; empty otherwise. */
  expanded: Section[];
}

export type NavItem = NavSection | NavGroup;

/** The navigation of the page at `currentPath`: ungrouped sections and chapters, in reading order. */
export function navigationFor(sections: readonly Section[], currentPath: string): NavItem[] {
  const items: NavItem[] = [];
  const groups = new Map<string, { item: NavGroup; members: Section[] }>();
  let number = 0;
  for (const section of sections) {
    if (section.group === undefined) {
      items.push({ kind: 'section', section, number: ++number });
      continue;
    }
    let group = groups.get(section.group);
    if (!group) {
      group = { item: { kind: 'group', label: section.group, first: section, size: 0, expanded: [] }, members: [] };
      groups.set(section.group, group);
      items.push(group.item);
    }
    group.item.size++;
    group.members.push(section);
  }
  for (const { item, members } of groups.values()) {
    if (members.some((section) => section.path === currentPath)) item.expanded = members;
  }
  return items;
}

/** The sections that make up the one-page guide, in reading order. */
export function onePageGuide<T extends { section: Section }>(pages: readonly T[]): T[] {
  return pages.filter((page) => page.section.inOnePageGuide);
}
