import { describe, expect, test } from 'vitest';
import { decodeUtf8, parseSource, proseText, type SourceFile } from './source';
import { section } from './fixtures';

const parsed = (text: string) => parseSource('a.mdx', text) as SourceFile;

describe('decodeUtf8', () => {
  test('UTF-8 text passes through', () => expect(decodeUtf8('a.mdx', new TextEncoder().encode('支付宝'))).toBe('支付宝'));
  test('GBK bytes are named, with the line of the first bad byte', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('---\ntitle: x\n'), 0xd6, 0xa7, 0xb8, 0xb6]);
    expect(decodeUtf8('a.mdx', gbk)).toMatchObject({ file: 'a.mdx', line: 3, what: expect.stringContaining('not UTF-8') });
  });
});

describe('parseSource', () => {
  test('dates stay as written (YAML would roll 2024-13-45 over), key lines are the file’s lines', () => {
    const source = parsed(section('published: 2024-13-45\nupdated: 2024-08-19'));
    expect(source.data.published).toBe('2024-13-45');
    expect(source.keyLines.get('published')).toBe(6);
    expect(source.bodyLine).toBe(9);
  });
  test.each([
    ['title: a\norder: 1: 2', 3],
    ['title: a\norder: [1\nupdated: 2024-08-19', 4],
    ['title: a\ntitle: b', 3],
  ])('a YAML error points at the file’s line: %j → line %i', (yaml, line) => {
    expect(parseSource('a.mdx', `---\n${yaml}\n---\n`)).toMatchObject({ line, what: expect.stringContaining('not valid YAML') });
  });
  test('no frontmatter at all', () => expect(parseSource('a.mdx', '# hi')).toMatchObject({ line: 1 }));
});

test('proseText keeps the file’s lines with code blanked, for markup across lines', () => {
  const source = parsed(section('published: 2024-08-19', '<img\n  src="a.png" />\n\n```\n<b>\n```\n`<i>`'));
  const { text, lineOf } = proseText(source);
  expect(text.split('\n')).toEqual(['', '<img', '  src="a.png" />', '', '', '', '', '     ', '']);
  expect(lineOf(text.indexOf('src'))).toBe(source.bodyLine + 2);
});
