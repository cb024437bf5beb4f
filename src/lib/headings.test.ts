import { describe, expect, test } from 'vitest';
import { checkHeading, checkOldIds, crossPageDuplicates, stepHeadings, tableOfContents } from './headings';

const file = 'src/content/guide/steps.mdx';

describe('checkHeading', () => {
  test('accepts a heading with a fresh, well-formed id and remembers it', () => {
    const seen = new Set<string>();
    expect(checkHeading({ depth: 2, id: 'step-1', text: '第 1 步' }, file, seen)).toBeNull();
    expect(seen.has('step-1')).toBe(true);
  });

  test.each([
    [{ depth: 2, id: undefined, text: '按时还款' }, `${file}: heading "按时还款" has no id. Give it a stable one, e.g. "## 按时还款 { #my-section }".`],
    [{ depth: 3, id: '', text: '小节' }, `${file}: heading "小节" has no id. Give it a stable one, e.g. "### 小节 { #my-section }".`],
    [{ depth: 2, id: 'Step_1', text: '第 1 步' }, `${file}: heading id "Step_1" (on "第 1 步") must be lowercase letters, digits and hyphens, starting with a letter.`],
    [{ depth: 2, id: 'some-id', text: ' ' }, `${file}: heading "## { #some-id }" has no text; it would be an empty line on the page and in the table of contents, a heading without a name to screen readers. Write the heading's words, e.g. "## 标题 { #some-id }", or remove the line.`],
    [{ depth: 1, id: 'title', text: '标题' }, `${file}: heading "# 标题" is a page title; the title comes from the frontmatter \`title\`, so start sections at "##".`],
  ])('rejects %j', (heading, message) => {
    expect(checkHeading(heading, file, new Set())).toBe(message);
  });

  test('rejects a duplicate id within a file', () => {
    const seen = new Set(['step-1']);
    expect(checkHeading({ depth: 2, id: 'step-1', text: '第 2 步' }, file, seen)).toBe(
      `${file}: duplicate heading id "step-1" (on "第 2 步"); every heading on a page needs its own id.`,
    );
  });
});

const headings = [
  { depth: 2, slug: 'step-1', text: '第 1 步' },
  { depth: 3, slug: 'tip', text: '提示' },
  { depth: 4, slug: 'detail', text: '细节' },
  { depth: 2, slug: 'step-2', text: '第 2 步' },
  { depth: 2, slug: 'after', text: '开通之后' },
];

test('tableOfContents keeps h2 and h3', () => {
  expect(tableOfContents(headings).map((h) => h.slug)).toEqual(['step-1', 'tip', 'step-2', 'after']);
});

test('stepHeadings keeps only step-N ids', () => {
  expect(stepHeadings(headings).map((h) => h.slug)).toEqual(['step-1', 'step-2']);
});

test('crossPageDuplicates names both files of a clash', () => {
  expect(
    crossPageDuplicates([
      { file: 'a.mdx', ids: ['intro', 'x'] },
      { file: 'b.mdx', ids: ['intro', 'y'] },
    ]),
  ).toEqual(['b.mdx: heading id "intro" is also used in a.mdx; the one-page guide needs ids unique across all sections.']);
});

describe('checkOldIds', () => {
  test('old ids count as ids of the page', () => {
    const seen = new Set(['step-1']);
    expect(checkOldIds(['step-3'], '新标题', 'a.mdx', seen)).toBeNull();
    expect(seen.has('step-3')).toBe(true);
  });
  test.each([
    [['Step 3'], 'must be lowercase letters'],
    [['step-1'], 'is already an id on this page'],
  ])('%j fails: %s', (ids, message) => expect(checkOldIds(ids, '新标题', 'a.mdx', new Set(['step-1']))).toContain(message));
});
