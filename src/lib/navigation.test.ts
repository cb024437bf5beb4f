import { describe, expect, test } from 'vitest';
import { breadcrumbs, navigationFor, neighbours, onePageGuide, orderSections, type NavItem, type SectionInput } from './navigation';

const input = (id: string, order: number, group?: string): SectionInput => ({
  id,
  order,
  group,
  inOnePageGuide: group === undefined,
  filePath: `src/content/guide/${id}.mdx`,
  title: id,
  navTitle: id,
  description: id,
});

describe('orderSections', () => {
  test('sorts by order and derives the path from the id', () => {
    const sections = orderSections([input('steps', 3), input('overview', 1), input('cautions', 4)]);
    expect(sections.map((s) => s.path)).toEqual(['/overview/', '/steps/', '/cautions/']);
  });

  test('names both files when two sections share an order', () => {
    expect(() => orderSections([input('overview', 1), input('steps', 1)])).toThrow(
      'src/content/guide/steps.mdx: order 1 is already used by src/content/guide/overview.mdx',
    );
  });

  test('rejects a file name that is not URL-safe', () => {
    expect(() => orderSections([input('Steps 2', 1)])).toThrow('src/content/guide/Steps 2.mdx: the file name');
  });
});

describe('neighbours', () => {
  const sections = orderSections([input('overview', 1), input('eligibility', 2), input('steps', 3)]);

  test.each([
    ['overview', undefined, 'eligibility'],
    ['eligibility', 'overview', 'steps'],
    ['steps', 'eligibility', undefined],
  ])('%s: prev %s, next %s', (id, prev, next) => {
    const result = neighbours(sections, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });

  test('an unknown section is an error that lists the known ones', () => {
    expect(() => neighbours(sections, 'faq')).toThrow('Unknown section "faq"; known sections: overview, eligibility, steps.');
  });
});

test('breadcrumbs start at home', () => {
  expect(breadcrumbs('首页', { name: '开通步骤', path: '/steps/' })).toEqual([
    { name: '首页', path: '/' },
    { name: '开通步骤', path: '/steps/' },
  ]);
  expect(breadcrumbs('首页')).toEqual([{ name: '首页', path: '/' }]);
});

describe('navigationFor', () => {
  const guide = [input('overview', 1), input('eligibility', 2), input('steps', 3), input('cautions', 4)];
  const chapters = Array.from({ length: 30 }, (_, i) => input(`extra-${i}`, 100 + i, `第 ${Math.floor(i / 10) + 1} 章`));
  const sections = orderSections([...guide, ...chapters]);
  /** One line per navigation link: what a reader sees. */
  const links = (items: NavItem[]) =>
    items.flatMap((item) =>
      item.kind === 'section' ? [`${item.number} ${item.section.id}`] : item.expanded.length > 0 ? item.expanded.map((s) => `${item.label} › ${s.id}`) : [`${item.label} (${item.size})`],
    );

  test('ungrouped sections are numbered in reading order, as the guide always showed them', () => {
    expect(links(navigationFor(orderSections(guide), '/steps/'))).toEqual(['1 overview', '2 eligibility', '3 steps', '4 cautions']);
  });

  test('only the current chapter is expanded; others are one link to their first page', () => {
    const items = navigationFor(sections, '/extra-14/');
    expect(links(items)).toEqual([
      '1 overview', '2 eligibility', '3 steps', '4 cautions',
      '第 1 章 (10)',
      ...Array.from({ length: 10 }, (_, i) => `第 2 章 › extra-${10 + i}`),
      '第 3 章 (10)',
    ]);
    expect(items.find((item) => item.kind === 'group' && item.label === '第 3 章')).toMatchObject({ first: { path: '/extra-20/' } });
  });

  test('on a page outside every chapter all chapters are collapsed', () => {
    expect(links(navigationFor(sections, '/steps/'))).toHaveLength(4 + 3);
  });

  test('the one-page guide keeps the flagged sections in order', () => {
    expect(onePageGuide(sections.map((section) => ({ section }))).map((page) => page.section.id)).toEqual(['overview', 'eligibility', 'steps', 'cautions']);
  });
});
