import { describe, expect, test } from 'vitest';
import { checkDuplicateIds, checkPageMarkup, checkPermalinks, type PageFacts } from './built-pages';

const page = (path: string, ids: string[], extra: Partial<PageFacts> = {}): PageFacts => ({
  path,
  ids: new Set(ids),
  repeatedIds: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))],
  inlineStyles: [],
  unsafeExternalLinks: [],
  ...extra,
});
const locate = (path: string, id?: string) => ({ file: `src/content/guide${path.replace(/\/$/, '')}.mdx`, ...(id ? { line: 12 } : {}) });

describe('checkPermalinks', () => {
  const contract = { pages: { '/steps/': ['step-1', 'step-2'], '/faq/': [] }, files: ['/robots.txt'] };
  test('all there: nothing to report', () => {
    const pages = new Map([['/steps/', page('/steps/', ['top', 'step-1', 'step-2'])], ['/faq/', page('/faq/', [])]]);
    expect(checkPermalinks(contract, pages, () => true, locate)).toEqual([]);
  });
  test('a deleted page, a renamed id and a missing file are each named with the fix', () => {
    const pages = new Map([['/steps/', page('/steps/', ['step-1', 'new-step'])]]);
    const problems = checkPermalinks(contract, pages, () => false, locate);
    expect(problems.map((p) => [p.file, p.what.split(' ')[0]])).toEqual([
      ['src/content/guide/steps.mdx', '/steps/#step-2'],
      ['src/content/guide/faq.mdx', '/faq/'],
      ['src/data/permalinks.json', '/robots.txt'],
    ]);
    expect(problems[0]!.fix).toContain('old-ids="step-2"');
  });
});

test('checkDuplicateIds names the heading that takes a layout id, once', () => {
  expect(checkDuplicateIds(page('/steps/', ['top', 'main', 'a', 'main', 'main']), locate)).toEqual([
    expect.objectContaining({ file: 'src/content/guide/steps.mdx', line: 12, what: expect.stringContaining('"main" is used twice on /steps/') }),
  ]);
  expect(checkDuplicateIds(page('/steps/', ['top', 'main']), locate)).toEqual([]);
});

test('checkPageMarkup reports inline styles and unsafe links out', () => {
  const problems = checkPageMarkup(page('/a/', [], { inlineStyles: ['<span style="color:red">'], unsafeExternalLinks: ['https://x.org/'] }), locate);
  expect(problems.map((p) => p.what)).toEqual([
    `/a/ has an inline style (<span style="color:red">): the Content-Security-Policy blocks it in readers' browsers.`,
    '/a/ links to https://x.org/ without rel="noopener noreferrer".',
  ]);
});
