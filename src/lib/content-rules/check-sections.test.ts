import { expect, test } from 'vitest';
import { checkSections, takenUrls } from './check-sections';
import { formatReport } from './problem';
import { section } from './fixtures';
import { contentSecurityPolicy } from '../csp';

const file = (name: string, text: string) => ({ file: `src/content/guide/${name}`, bytes: new TextEncoder().encode(text) });
const taken = takenUrls(['404.astro', '[section].astro', 'guide.astro', 'index.astro', 'search.astro', 'robots.txt.ts'], ['images']);
const context = { taken, now: new Date('2026-12-02T05:00:00Z'), policy: contentSecurityPolicy([], 'meta'), site: 'https://guide.example.org', contractOf: () => undefined };

test('the site’s own URLs are taken; the dynamic route and the home page are not names', () => {
  expect([...taken].sort()).toEqual(['404', '_astro', 'guide', 'images', 'pagefind', 'robots.txt', 'search']);
});

test('every problem of every file is reported, each naming its file', () => {
  const problems = checkSections(
    [
      file('good.mdx', section('published: 2024-08-19\nupdated: 2024-08-19')),
      file('Search.mdx', section('published: 2024-02-30\nupdated: 2024-08-19', '<Foo />')),
      { file: 'src/content/guide/gbk.mdx', bytes: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4]) },
    ],
    context,
  );
  expect(problems.map((p) => [p.file.split('/').pop(), p.line])).toEqual([
    ['Search.mdx', undefined],
    ['Search.mdx', 6],
    ['Search.mdx', 10],
    ['gbk.mdx', 2],
    ['Search.mdx', 5], // order 9, like good.mdx
  ]);
  const report = formatReport(problems);
  expect(report).toMatch(/^The build stopped: 5 problems in the content\.\n/);
  expect(report).toContain('src/content/guide/Search.mdx:6: published: "2024-02-30" is not a calendar date written YYYY-MM-DD.\n    Fix: ');
});

test('schema, heading and order problems are found before Astro compiles anything, at their lines', () => {
  const problems = checkSections(
    [
      file('a.mdx', section('published: 2024-08-19\nupdated: 2024-08-19', '## 没有 id\n\n## 重复 { #x }\n\n## 再次 { #x }')),
      file('b.mdx', section('published: 2024-08-19\nupdated: 2024-08-19\nschemaType: Recipe')),
    ],
    context,
  );
  expect(problems.map((p) => [p.file.split('/').pop(), p.line, p.what.slice(0, 30)])).toEqual([
    ['a.mdx', 10, 'heading "没有 id" has no id.'],
    ['a.mdx', 14, 'duplicate heading id "x" (on "'],
    ['b.mdx', 8, expect.any(String)],
    ['b.mdx', 5, 'order 9 is already used by src'],
  ]);
});

test('the frontmatter is closed: an unknown key is named at its line, with the field it is a slip for', () => {
  const problems = checkSections([file('a.mdx', section('published: 2024-08-19\nupdated: 2024-08-19\ndraf: true\nauthor: 小王'))], context);
  expect(problems).toEqual([
    { file: 'src/content/guide/a.mdx', line: 8, what: '"draf" is not a frontmatter field; the build would ignore it without a word.', fix: expect.stringMatching(/^did you mean `draft:`\? Rename it/) },
    { file: 'src/content/guide/a.mdx', line: 9, what: expect.stringContaining('"author" is not a frontmatter field'), fix: expect.stringContaining('use one of the fields title, navTitle, description,') },
  ]);
});

test('a load the pages’ CSP forbids is found with the other rules, at its line', () => {
  const problems = checkSections([file('a.mdx', section('published: 2024-08-19\nupdated: 2024-08-19', '![图](https://example.com/a.png)'))], context);
  expect(problems).toEqual([expect.objectContaining({ line: 10, what: expect.stringContaining("(img-src 'self' data:) blocks it") })]);
});
