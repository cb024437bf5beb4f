/**
 * Rules for section headings. Heading ids are part of the public permalink
 * contract (`/steps/#step-5`), so they are written by hand in the content
 * (`## 标题 { #step-5 }`) and checked here rather than derived from the text.
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const HEADING_ID = /^[a-z][a-z0-9-]*$/;

/**
 * Checks one heading of a content file. Returns an error message naming the
 * file and the fix, or `null` when the heading is fine. `seen` collects the ids
 * of the file so far.
 */
export function checkHeading(
  heading: { depth: number; id: unknown; text: string },
  file: string,
  seen: Set<string>,
): string | null {
  const { depth, id, text } = heading;
  if (depth === 1) {
    return `${file}: heading "# ${text}" is a page title; the title comes from the frontmatter \`title\`, so start sections at "##".`;
  }
  if (text.trim() === '') {
    const written = `${'#'.repeat(depth)}${typeof id === 'string' && id ? ` { #${id} }` : ''}`;
    return `${file}: heading "${written}" has no text; it would be an empty line on the page and in the table of contents, a heading without a name to screen readers. Write the heading's words, e.g. "${'#'.repeat(depth)} 标题 { #${typeof id === 'string' && id ? id : 'my-section'} }", or remove the line.`;
  }
  if (typeof id !== 'string' || id === '') {
    return `${file}: heading "${text}" has no id. Give it a stable one, e.g. "${'#'.repeat(depth)} ${text} { #my-section }".`;
  }
  if (!HEADING_ID.test(id)) {
    return `${file}: heading id "${id}" (on "${text}") must be lowercase letters, digits and hyphens, starting with a letter.`;
  }
  if (seen.has(id)) {
    return `${file}: duplicate heading id "${id}" (on "${text}"); every heading on a page needs its own id.`;
  }
  seen.add(id);
  return null;
}

/**
 * Checks the old ids a renamed heading keeps (`old-ids="step-3"`): same form as
 * an id, and unique on the page like one. Adds them to `seen`.
 */
export function checkOldIds(oldIds: readonly string[], text: string, file: string, seen: Set<string>): string | null {
  for (const id of oldIds) {
    if (!HEADING_ID.test(id)) return `${file}: old id "${id}" (on "${text}") must be lowercase letters, digits and hyphens, starting with a letter.`;
    if (seen.has(id)) return `${file}: old id "${id}" (on "${text}") is already an id on this page; keep each old id on one heading only.`;
    seen.add(id);
  }
  return null;
}

/** The headings shown in the on-page table of contents: sections and their sub-sections. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

/** Visible step headings: those whose id is `step-N`, in page order (HowTo JSON-LD). */
export function stepHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => /^step-\d+$/.test(heading.slug));
}

/**
 * The one-page guide (`/guide/`) puts every section on one page, so heading ids
 * must be unique across the whole guide. Returns one message per clash.
 */
export function crossPageDuplicates(files: readonly { file: string; ids: readonly string[] }[]): string[] {
  const owner = new Map<string, string>();
  const errors: string[] = [];
  for (const { file, ids } of files) {
    for (const id of ids) {
      const first = owner.get(id);
      if (first && first !== file) {
        errors.push(`${file}: heading id "${id}" is also used in ${first}; the one-page guide needs ids unique across all sections.`);
      } else owner.set(id, file);
    }
  }
  return errors;
}
