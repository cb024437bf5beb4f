import { describe, expect, test } from 'vitest';
import { checkHeading, crossPageDuplicates } from '../src/lib/headings';
import { createRandom } from '../tests/support/random';
import { CHAPTER_SIZE, FIRST_ORDER, generatePage, generatePages } from './generate-pages';

const pages = generatePages(300);

/** Frontmatter as key → value; quoted values are JSON strings (valid YAML). */
function frontmatter(source: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(source)![1]!;
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const [key, ...rest] = line.split(': ');
      const value = rest.join(': ');
      return [key!, value.startsWith('"') ? (JSON.parse(value) as string) : value];
    }),
  );
}

const headings = (source: string) =>
  [...source.matchAll(/^(#{1,6}) (.*?)(?: \{ #([^ }]*) \})?$/gm)].map(([, hashes, text, id]) => ({ depth: hashes!.length, text: text!, id }));

/** The prose a reader sees: no frontmatter, heading ids or link targets. */
const prose = (source: string) =>
  source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/ \{ #[a-z0-9-]+ \}/g, '')
    .replace(/\]\([^)]*\)/g, ']');

test('the PRNG is deterministic and spreads over [0, 1)', () => {
  const a = createRandom(7);
  const b = createRandom(7);
  const values = Array.from({ length: 1000 }, () => a());
  expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
  expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...values)).toBeLessThan(1);
  expect(new Set(values.map((v) => Math.floor(v * 10))).size).toBe(10);
});

test('page i is the same whatever the count, and the seed changes the text', () => {
  expect(generatePages(10)[7]).toEqual(pages[7]);
  expect(generatePage(7, 1).source).not.toEqual(pages[7]!.source);
  expect(generatePages(0)).toEqual([]);
  expect(() => generatePages(10_000)).toThrow(/0–9999/);
});

describe('frontmatter follows the guide schema', () => {
  const data = pages.map((page) => frontmatter(page.source));

  test('text fields and dates are within the schema limits', () => {
    for (const [index, fields] of data.entries()) {
      const where = `page ${index}`;
      expect(fields['title']!.length, where).toBeGreaterThanOrEqual(2);
      expect(fields['navTitle']!.length, where).toBeGreaterThanOrEqual(2);
      expect(fields['navTitle']!.length, where).toBeLessThanOrEqual(12);
      expect(fields['description']!.length, where).toBeGreaterThanOrEqual(20);
      expect(fields['description']!.length, where).toBeLessThanOrEqual(120);
      expect(fields['published'], where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fields['updated'], where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(fields['updated']!), where).toBeGreaterThanOrEqual(Date.parse(fields['published']!));
    }
  });

  test('orders are unique integers from FIRST_ORDER', () => {
    const orders = data.map((fields) => Number(fields['order']));
    expect(orders.every((order) => Number.isInteger(order) && order >= FIRST_ORDER)).toBe(true);
    expect(new Set(orders).size).toBe(orders.length);
  });

  test('the longest labels (page 9999) still fit', () => {
    const fields = frontmatter(generatePage(9998).source);
    expect(fields['navTitle']!.length).toBeLessThanOrEqual(12);
    expect(fields['group']!.length).toBeLessThanOrEqual(12);
  });

  test('pages come in chapters of CHAPTER_SIZE and stay out of the one-page guide', () => {
    const chapters = new Map<string, number>();
    for (const fields of data) chapters.set(fields['group']!, (chapters.get(fields['group']!) ?? 0) + 1);
    expect([...chapters.values()]).toEqual(Array.from({ length: 300 / CHAPTER_SIZE }, () => CHAPTER_SIZE));
    expect(data.every((fields) => fields['inOnePageGuide'] === 'false')).toBe(true);
  });
});

test('every heading passes the site rules and ids are unique across pages and slugs', () => {
  for (const page of pages) {
    const seen = new Set<string>();
    for (const heading of headings(page.source)) expect(checkHeading(heading, page.slug, seen)).toBeNull();
  }
  expect(
    crossPageDuplicates([
      { file: 'slugs', ids: pages.map((page) => page.slug) },
      ...pages.map((page) => ({ file: page.slug, ids: headings(page.source).map((heading) => heading.id!) })),
    ]),
  ).toEqual([]);
});

test('internal links point at a heading of a generated page', () => {
  const targets = new Set(pages.flatMap((page) => headings(page.source).map((heading) => `/${page.slug}/#${heading.id}`)));
  const links = pages.flatMap((page) => [...page.source.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]!));
  expect(links.length).toBe(pages.length - 1);
  for (const link of links) expect(targets).toContain(link);
});

test('prose is Chinese, with Latin words and digits set off by spaces', () => {
  const unspaced = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
  for (const page of pages) {
    const text = prose(page.source);
    expect(text.match(/\p{Script=Han}/gu)!.length).toBeGreaterThan(100);
    expect(text).not.toMatch(unspaced);
    expect(text).not.toMatch(/[<>{}]/);
  }
  expect(pages.some((page) => /[A-Za-z] |\d /.test(prose(page.source)))).toBe(true);
});
