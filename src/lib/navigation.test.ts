import { describe, expect, test } from 'vitest';
import { breadcrumbs, neighbours, orderSections, type SectionInput } from './navigation';

const input = (id: string, order: number): SectionInput => ({
  id,
  order,
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
