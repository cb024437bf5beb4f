import { describe, expect, test } from 'vitest';
import { describeMistakes, findAsciiPunctuation, maskMdxSource } from './punctuation';

const found = (text: string) => findAsciiPunctuation(text).map((m) => `${m.line}:${m.column} ${m.found}→${m.fix}`);

describe('findAsciiPunctuation', () => {
  test.each([
    ['支付方式:购物时', ['1:5 :→：']],
    ['第 5 步:查找', ['1:6 :→：']],
    ['先用,再付', ['1:3 ,→，']],
    ['真的吗?', ['1:4 ?→？']],
    ['好!', ['1:2 !→！']],
    ['开通;然后', ['1:3 ;→；']],
    ['完整指南(单页)', ['1:5 (→（', '1:8 )→）']],
    // The closing bracket sits beside a digit, but its partner sits beside Han.
    ['本页内容(7)', ['1:5 (→（', '1:7 )→）']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    'Full-width already: 支付方式：购物时，（单页）',
    'English, with (brackets): fine!',
    '支付宝 APP (version 10), then',
    'a: 1, b: 2',
  ])('no mistake in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('lines and columns count from 1, by character not by byte', () => {
    expect(found('第一行\n第二行,第三')).toEqual(['2:4 ,→，']);
  });
});

describe('maskMdxSource', () => {
  const mdx = [
    '---',
    'title: 标题',
    'description: 说明:有错',
    '---',
    "import Steps from '../x.astro';",
    '',
    '## 第 1 步：打开 { #step-1 }',
    '',
    '从[第 1 步](/steps/#step-1)开始,`代码:不算`。',
    '',
    '```js',
    "const a = '代码,也不算';",
    '```',
    '<Callout tone="info">',
    '<!-- 注释:不算 -->',
  ].join('\n');

  test('keeps prose and frontmatter values, blanks code, link targets, ids and tags, keeping positions', () => {
    const masked = maskMdxSource(mdx);
    expect(masked.split('\n')).toHaveLength(mdx.split('\n').length);
    expect(masked.length).toBe(mdx.length);
    expect(found(masked)).toEqual(['3:16 :→：', '9:27 ,→，']);
  });
});

test('describeMistakes names the file, line, column and the fix', () => {
  expect(describeMistakes('src/content/guide/x.mdx', findAsciiPunctuation('\n第 5 步:查找'))).toEqual([
    'src/content/guide/x.mdx:2:6: ASCII ":" next to Chinese text in "第 5 步:查找"; write the full-width "：" instead.',
  ]);
});
