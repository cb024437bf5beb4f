import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../csp';
import { checkResourceLoads, resourceLoads } from './resource-loads';
import { parseSource, type SourceFile } from './source';
import { section } from './fixtures';

const parsed = (body: string) => parseSource('a.mdx', section('published: 2024-08-19', body)) as SourceFile;
const POLICY = contentSecurityPolicy(['x()'], 'header');
const SITE = 'https://guide.example.org';
const check = (body: string) => checkResourceLoads(parsed(body), POLICY, SITE);
const BODY_LINE = 9;

describe('resourceLoads', () => {
  test('Markdown images inline and by reference, and what JSX/HTML elements load, each at its line', () => {
    const body = [
      '![图](https://a.example/1.png "标题") ![引用][pic] ![pic]',
      '<img src="/2.png" srcset="/2@2x.png 2x, https://a.example/3.png 3x" />',
      '<picture><source srcset="https://a.example/4.webp" /></picture>',
      '<video src="/v.mp4" poster="https://a.example/5.jpg"><source src="https://a.example/6.mp4" /><track src="/t.vtt" /></video>',
      '<iframe src="https://a.example/page"></iframe> <object data="/o.pdf"></object> <embed src="/e.swf" />',
      '<script src="https://a.example/s.js"></script> <link rel="stylesheet" href="https://a.example/s.css" /> <link rel="preload" as="font" href="/f.woff2" />',
      '<link rel="canonical" href="https://a.example/" /> <a href="https://a.example/"><img src={photo.src} /></a> [链接](https://a.example/)',
      '',
      '[pic]: <https://a.example/7.png>',
    ].join('\n');
    expect(resourceLoads(parsed(body)).map((load) => [load.line - BODY_LINE, load.kind, load.url])).toEqual([
      [0, 'image', 'https://a.example/1.png'],
      [0, 'image', 'https://a.example/7.png'],
      [0, 'image', 'https://a.example/7.png'],
      [1, 'image', '/2.png'],
      [1, 'image', '/2@2x.png'],
      [1, 'image', 'https://a.example/3.png'],
      [2, 'image', 'https://a.example/4.webp'],
      [3, 'media', '/v.mp4'],
      [3, 'image', 'https://a.example/5.jpg'],
      [3, 'media', 'https://a.example/6.mp4'],
      [3, 'media', '/t.vtt'],
      [4, 'frame', 'https://a.example/page'],
      [4, 'object', '/o.pdf'],
      [4, 'object', '/e.swf'],
      [5, 'script', 'https://a.example/s.js'],
      [5, 'style', 'https://a.example/s.css'],
      [5, 'font', '/f.woff2'],
    ]);
  });
  test('code is not a load', () => expect(resourceLoads(parsed('`![a](https://a.example/x.png)`\n\n```html\n<img src="https://a.example/x.png">\n```'))).toEqual([]));
});

describe('checkResourceLoads against the site’s policy', () => {
  test.each([
    ['![图](/images/a.png)'],
    ['![图](./a.png)'],
    ['<img src="data:image/png;base64,AAAA" alt="" />'],
    ['<video src="/media/a.mp4"></video>'],
    ['<iframe src="/care/"></iframe>'],
    ['[外部网站](https://example.com/) <a href="https://example.com/">外部</a>'],
    ['<img src="https://guide.example.org/a.png" />'],
  ])('allowed: %s', (body) => expect(check(body)).toEqual([]));

  test('an image from another site is named at its line, with the directive and both fixes', () => {
    expect(check('正文。\n\n![支付宝首页](https://example.com/shots/home.png)')).toEqual([
      {
        file: 'a.mdx',
        line: BODY_LINE + 2,
        what: "the image https://example.com/shots/home.png is from another site (example.com); the Content-Security-Policy the pages send (img-src 'self' data:) blocks it, so readers would not see it.",
        fix: 'save the file under public/images/ and write its path, e.g. "/images/home.png", or link to it instead of embedding it: [说明](https://example.com/shots/home.png) (links to other sites are fine).',
      },
    ]);
  });

  test.each([
    ['<iframe src="https://player.example.com/v/1"></iframe>', "(default-src 'self')", 'link to it instead of embedding it: [说明](https://player.example.com/v/1)'],
    ['<object data="/files/a.pdf"></object>', "is on this site; the Content-Security-Policy the pages send (object-src 'none')", 'link to it instead'],
    ['<video src="data:video/mp4;base64,AAAA"></video>', "is a data: URL; the Content-Security-Policy the pages send (default-src 'self')", 'save the file under public/media/ and write its path'],
    ['<script src="https://cdn.example.com/a.js"></script>', 'script-src', 'public/scripts/'],
    ['<link rel="stylesheet" href="//cdn.example.com/a.css" />', "(style-src 'self')", 'public/styles/'],
    ['<img src="https://[bad" />', 'is not a URL a browser can load', 'under public/'],
  ])('blocked: %s', (body, what, fix) => {
    const [problem] = check(body);
    expect(problem?.what).toContain(what);
    expect(problem?.fix).toContain(fix);
  });

  test('a policy that allows a host lets its images through', () => {
    expect(checkResourceLoads(parsed('![图](https://img.example.com/a.png)'), "default-src 'self'; img-src 'self' https://img.example.com", SITE)).toEqual([]);
  });
});
