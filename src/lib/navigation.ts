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
}

export interface Section extends SectionInput {
  /** Site-absolute path without base, e.g. `/steps/`. */
  path: string;
}

export interface PageNeighbours {
  prev?: Section | undefined;
  next?: Section | undefined;
}

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
