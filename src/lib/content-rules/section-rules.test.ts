import { describe, expect, test } from 'vitest';
import { checkContentEntry, checkDates, checkEmptyMarkupHeadings, checkFileName, checkHeadings, checkHowToSteps, headings } from './section-rules';
import { parseSource, type SourceFile } from './source';
import { section } from './fixtures';

const parsed = (frontmatter: string, body?: string) => parseSource('a.mdx', section(frontmatter, body)) as SourceFile;
const NOW = new Date('2026-12-02T05:00:00Z');

describe('checkFileName', () => {
  const taken = new Set(['search', 'guide', '404']);
  test.each([['faq.mdx'], ['repay-on-time.mdx'], ['step2.mdx']])('%s is fine', (name) => expect(checkFileName(name, name, taken)).toBeNull());
  test.each([
    ['FAQ.mdx', 'rename it to "faq.mdx"'],
    ['repayOnTime.mdx', 'rename it to "repay-on-time.mdx"'],
    ['repay_on_time.mdx', 'rename it to "repay-on-time.mdx"'],
    ['常见问题.mdx', 'lowercase Latin letters'],
    ['search.mdx', '/search/ is already used'],
    ['404.mdx', '/404/ is already used'],
  ])('%s fails: %s', (name, message) => {
    const problem = checkFileName(name, name, taken);
    expect(`${problem?.what} ${problem?.fix}`).toContain(message);
  });
});

describe('checkDates', () => {
  test('real past dates pass', () => expect(checkDates(parsed('published: 2024-08-19\nupdated: 2026-11-24'), NOW)).toEqual([]));
  test.each([
    ['published: 2024-13-45\nupdated: 2026-11-24', 6, '"2024-13-45" is not a calendar date'],
    ['published: 2024/08/19\nupdated: 2026-11-24', 6, '"2024/08/19" is not a calendar date'],
    ['published: 2024-08-19\nupdated: 2023-02-29', 7, '"2023-02-29" is not a calendar date'],
    ['published: 2024-08-19\nupdated: 2027-01-01', 7, 'is in the future'],
    ['published: 2025-08-19\nupdated: 2024-08-19', 7, 'earlier than published'],
  ])('%j fails at line %i: %s', (frontmatter, line, message) => {
    const [problem] = checkDates(parsed(frontmatter), NOW);
    expect(problem).toMatchObject({ line });
    expect(problem!.what).toContain(message);
  });
  test('a future date is allowed on a draft', () => expect(checkDates(parsed('published: 2027-01-01\nupdated: 2027-01-01\ndraft: true'), NOW)).toEqual([]));
  test('today in the easternmost time zone is not the future', () => {
    expect(checkDates(parsed('published: 2026-12-02\nupdated: 2026-12-02'), new Date('2026-12-01T11:00:00Z'))).toEqual([]);
  });
});

describe('checkHowToSteps', () => {
  const steps = (...ids: string[]) => ids.map((id, i) => `## 第 ${i + 1} 步 { #${id} }\n\n正文。`).join('\n\n');
  test('consecutive steps pass; an Article is not checked', () => {
    expect(checkHowToSteps(parsed('schemaType: HowTo', steps('step-1', 'step-2', 'step-3')))).toEqual([]);
    expect(checkHowToSteps(parsed('schemaType: Article', steps('step-2')))).toEqual([]);
  });
  test.each([
    [['step-1', 'step-3'], 'step-3', 'renumber it { #step-2 }'],
    [['step-2', 'step-1'], 'step-2', 'renumber it { #step-1 }'],
    [['intro'], undefined, 'no heading has a step id'],
  ])('%j fails', (ids, at, message) => {
    const [problem] = checkHowToSteps(parsed('schemaType: HowTo', steps(...ids)));
    expect(`${problem!.what} ${problem!.fix}`).toContain(message);
    if (at) expect(problem!.line).toBe(9 + ids.indexOf(at) * 4);
  });
});

describe('checkContentEntry', () => {
  test('a .md file, any other file and a folder are named with the fix; .mdx and dot files pass', () => {
    expect(checkContentEntry('src/content/guide', 'faq.md', false)).toEqual({
      file: 'src/content/guide/faq.md',
      what: 'only .mdx files are built as sections; this file would be left out of the site.',
      fix: 'rename it to "faq.mdx", or move it out of src/content/guide/.',
    });
    expect(checkContentEntry('src/content/guide', 'notes.txt', false)?.fix).toContain('"notes.mdx"');
    expect(checkContentEntry('src/content/guide', 'more', true)?.file).toBe('src/content/guide/more/');
    expect(checkContentEntry('src/content/guide', 'steps.mdx', false)).toBeNull();
    expect(checkContentEntry('src/content/guide', '.gitkeep', false)).toBeNull();
  });
});

describe('headings carry text', () => {
  test.each([
    ['## { #some-id }', 'heading "## { #some-id }" has no text;'],
    ['##   ', 'heading "##" has no text;'],
    ['##', 'heading "##" has no text;'],
    ['### \u3000{ #x }', 'heading "### { #x }" has no text;'],
    ['## ## { #y }', 'heading "## { #y }" has no text;'],
  ])('%j stops at its line', (line, what) => {
    const [problem] = checkHeadings(parsed('published: 2024-08-19', `正文。\n\n${line}`));
    expect(problem).toMatchObject({ line: 11, what: expect.stringContaining(what), fix: expect.stringMatching(/^Write the heading's words/) });
  });
  test('a heading with words, a C# heading and a #hashtag line are not empty', () => {
    expect(checkHeadings(parsed('published: 2024-08-19', '## 标题 { #a }\n\n## C# { #b }\n\n#话题'))).toEqual([]);
    expect(headings(parsed('published: 2024-08-19', '## C# 入门 ## { #b }')).map((h) => h.text)).toEqual(['C# 入门']);
  });
  test.each([['<h2 id="x"></h2>'], ['<h3 id="y">\n  \n</h3>'], ['<h2 />']])('an empty markup heading %j stops at its line', (markup) => {
    expect(checkEmptyMarkupHeadings(parsed('published: 2024-08-19', `正文。\n\n${markup}`))).toEqual([
      expect.objectContaining({ line: 11, what: expect.stringMatching(/^the heading <h[23].*has no text/) }),
    ]);
  });
  test('a markup heading with words, and one in code, pass', () => {
    expect(checkEmptyMarkupHeadings(parsed('published: 2024-08-19', '<h2 id="x">标题</h2>\n\n```html\n<h2></h2>\n```'))).toEqual([]);
  });
});
