import { describe, expect, test } from 'vitest';
import { readBuiltSite } from '../../src/integrations/link-check';
import { builtPunctuationErrors, scriptMistakes, sourcePunctuationErrors } from '../../src/integrations/punctuation-check';
import { parseBuiltPage } from '../../src/lib/built-page/index';
import { build } from '../support/site';

describe('the punctuation check of the build', () => {
  test('the MDX sources and client scripts have no ASCII punctuation beside Chinese text', () => {
    expect(sourcePunctuationErrors()).toEqual([]);
  });

  test.each(['root', 'subpath'] as const)('the %s build has no ASCII punctuation beside Chinese text', (name) => {
    const { outDir } = build(name);
    expect(builtPunctuationErrors(readBuiltSite(outDir), outDir)).toEqual([]);
  });

  test('a mistake in a built page names the page and the text', () => {
    const page = parseBuiltPage('<html><head><title>指南(单页)</title></head><body></body></html>', '/guide/');
    expect(builtPunctuationErrors([page], '/nonexistent')).toEqual([
      'built page /guide/: ASCII "(" next to Chinese text in "指南(单页)"; write the full-width "（" in src/ where this text is written.',
      'built page /guide/: ASCII ")" next to Chinese text in "指南(单页)"; write the full-width "）" in src/ where this text is written.',
    ]);
  });

  test('reads body text, labels, meta text and structured data, but not code', () => {
    const html = `<html><head><title>标题(单页)</title><meta name="description" content="说明:一">
      <script type="application/ld+json">{"name":"数据,二"}</script></head>
      <body><p>正文;三<wbr>段</p><img alt="图片!四"><code>代码,不算</code><pre>也不算:</pre><script>var a = '脚本,不算'</script></body></html>`;
    const text = parseBuiltPage(html, '/').readerText;
    expect(text).toContain('标题(单页)');
    expect(text).toContain('说明:一');
    expect(text).toContain('数据,二');
    expect(text).toContain('正文;三段');
    expect(text).toContain('图片!四');
    expect(text).not.toContain('代码');
    expect(text).not.toContain('也不算');
    expect(text).not.toContain('脚本');
  });

  test('finds mistakes in client-script strings with their line and column, not in comments or regexes', () => {
    const source = ["// 注释,不算", "const re = /^本节链接:/;", "announce('无法复制,链接');", 'const t = `找到 ${n} 条,结果`;'].join('\n');
    expect(scriptMistakes('src/scripts/x.ts', source)).toEqual([
      `src/scripts/x.ts:3:15: ASCII "," next to Chinese text in "'无法复制,链接'"; write the full-width "，" instead.`,
      'src/scripts/x.ts:4:21: ASCII "," next to Chinese text in "} 条,结果`"; write the full-width "，" instead.',
    ]);
  });
});
