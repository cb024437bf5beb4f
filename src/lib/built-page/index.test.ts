import { describe, expect, test } from 'vitest';
import { parseBuiltPage } from './index';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body id="top">${body}</body></html>`;

describe('ids and links for the link checker', () => {
  test('collects every id, a/link hrefs and img/script srcs, and skips alternate-language links', () => {
    const parsed = parseBuiltPage(
      page(
        '<a href="/steps/#step-1">步骤</a><h2 id="step-1">第 1 步</h2><img src="/logo.svg" alt=""><script src="/app.js"></script><a name="no-href">x</a>',
        '<link rel="stylesheet" href="/site.css"><link rel="alternate" hreflang="en" href="/en/"><script>var a="<a href=x>"</script>',
      ),
      '/overview/',
    );
    expect(parsed.path).toBe('/overview/');
    expect([...parsed.ids]).toEqual(['top', 'step-1']);
    expect(parsed.links).toEqual(['/site.css', '/steps/#step-1', '/logo.svg', '/app.js']);
  });

  test('lists ids used twice once each, in document order', () => {
    const parsed = parseBuiltPage(page('<main id="main"><h2 id="main">重名</h2><p id="a"></p><i id="a"></i><b id="main"></b></main>'), '/');
    expect(parsed.repeatedIds).toEqual(['main', 'a']);
    expect(parseBuiltPage(page('<p id="a"></p>'), '/').repeatedIds).toEqual([]);
  });

  test('finds inline styles and links out without noopener noreferrer', () => {
    const parsed = parseBuiltPage(
      page(
        '<span style="color:red">红</span><style>p{}</style>' +
          '<a href="https://example.com/" rel="noreferrer noopener">安全</a><a href="https://example.org/" rel="noopener">缺</a>' +
          '<a href="//example.net/">缺两个</a><a href="/steps/">站内</a>',
      ),
      '/',
    );
    expect(parsed.inlineStyles).toEqual(['<span style="color:red">', '<style>']);
    expect(parsed.unsafeExternalLinks).toEqual(['https://example.org/', '//example.net/']);
  });

  test('lists the sections behind heading link controls', () => {
    const parsed = parseBuiltPage(page('<h2 id="step-1">一<a href="#step-1" data-permalink>链接</a></h2><a href="#top">顶部</a><a href="/x/#y" data-permalink>外</a>'), '/');
    expect(parsed.sectionIds).toEqual(['step-1']);
  });

  test('decodes entities in attribute values', () => {
    expect(parseBuiltPage(page('<a href="/search/?q=a&amp;b=1" id="x&amp;y">s</a>'), '/').links).toEqual(['/search/?q=a&b=1']);
    expect(parseBuiltPage(page('<a id="x&amp;y">s</a>'), '/').ids.has('x&y')).toBe(true);
  });
});

describe('indexed text for the search tables', () => {
  test('a page without data-pagefind-body is not indexed', () => {
    expect(parseBuiltPage(page('<main><p>正文</p></main>'), '/').indexed).toBeNull();
  });

  test('only the body, minus ignored parts and scripts, one block per line, headings listed', () => {
    const parsed = parseBuiltPage(
      page(
        '<nav><a href="/">导航</a></nav>' +
          '<article data-pagefind-body><h1>开通&amp;使用</h1><div data-pagefind-ignore><p>目录</p></div>' +
          '<h2 id="a">第 1 步<span>：打开</span></h2><p>打开<strong>支付宝</strong> APP。</p>' +
          '<ul><li>一</li><li>二<br>三</li></ul><script>ignored()</script><style>p{}</style>' +
          '<button data-pagefind-ignore>复制</button><img src="/a.png" alt="">尾巴</article>' +
          '<footer><p>页脚</p></footer>',
      ),
      '/steps/',
    );
    expect(parsed.indexed).toEqual({
      text: '开通&使用\n第 1 步：打开\n打开支付宝 APP。\n一\n二三\n尾巴',
      headings: ['开通&使用', '第 1 步：打开'],
    });
  });

  test('two bodies are joined by a line; a body nested in a body counts once (its div ends a line)', () => {
    const parsed = parseBuiltPage(page('<div data-pagefind-body><p>甲</p><div data-pagefind-body><p>乙</p></div></div><p>外</p><section data-pagefind-body>丙</section>'), '/');
    expect(parsed.indexed).toEqual({ text: '甲\n乙\n\n\n丙', headings: [] });
  });

  test('unclosed and void elements do not unbalance the body', () => {
    const parsed = parseBuiltPage(page('<article data-pagefind-body><p>一<p>二<input>三</article><p>外面</p>'), '/');
    expect(parsed.indexed?.text).toBe('一\n二三\n');
  });
});

describe('the page as Pagefind reads it', () => {
  test('keeps the language, the title and every body unchanged, and nothing around them', () => {
    const html =
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>开通 &amp; 使用</title><script>x()</script></head>' +
      '<body><nav><a href="/">导航</a></nav><article data-pagefind-body data-pagefind-meta="section:步骤"><h1>标题</h1><p>正文<img src="/a.png" alt="图"></p></article>' +
      '<aside><p data-pagefind-body>旁注</p></aside><footer><img src="/qr/x.svg" alt="二维码"></footer></body></html>';
    expect(parseBuiltPage(html, '/steps/').pagefindHtml).toBe(
      '<!doctype html><html lang="zh-CN"><head><title>开通 &amp; 使用</title></head><body>' +
        '<article data-pagefind-body data-pagefind-meta="section:步骤"><h1>标题</h1><p>正文<img src="/a.png" alt="图"></p></article><p data-pagefind-body>旁注</p>' +
        '</body></html>',
    );
  });

  test('a body ended by an implied end tag is cut where the next tag starts; no body, no page', () => {
    expect(parseBuiltPage(page('<p data-pagefind-body>一<div>二</div>'), '/').pagefindHtml).toBe('<!doctype html><html><head></head><body><p data-pagefind-body>一</body></html>');
    expect(parseBuiltPage(page('<main><p>正文</p></main>'), '/').pagefindHtml).toBeNull();
  });
});
