import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { cacheVersion, fillWorker, fragmentPage, precacheUrls } from './service-worker';

describe('precacheUrls', () => {
  test('pages as directory URLs, assets as files, host files left out', () => {
    expect(
      precacheUrls(['index.html', 'steps/index.html', '404.html', '_astro/a.1x2.css', 'pagefind/pagefind-entry.json', '_headers', 'robots.txt', 'sitemap-0.xml', 'og-image.jpg', 'sw.js', 'icon-192.png']),
    ).toEqual(['./', '404.html', '_astro/a.1x2.css', 'icon-192.png', 'pagefind/pagefind-entry.json', 'steps/']);
  });

  test('sections beside the guide and their QR codes are cached on visit, not precached', () => {
    const files = ['steps/index.html', 'qr/steps.svg', 'extra/index.html', 'qr/extra.svg', 'extra.svg', 'qr/guide.svg', 'qr/extras.svg'];
    expect(precacheUrls(files, ['extra'])).toEqual(['extra.svg', 'qr/extras.svg', 'qr/guide.svg', 'qr/steps.svg', 'steps/']);
  });

  test('so are their search fragments; the guide’s fragments and the index are precached', () => {
    const files = ['pagefind/fragment/zh-cn_a.pf_fragment', 'pagefind/fragment/zh-cn_b.pf_fragment', 'pagefind/index/zh-cn_c.pf_index'];
    const fragmentPages = new Map([['pagefind/fragment/zh-cn_a.pf_fragment', 'extra'], ['pagefind/fragment/zh-cn_b.pf_fragment', 'steps']]);
    expect(precacheUrls(files, ['extra'], fragmentPages)).toEqual(['pagefind/fragment/zh-cn_b.pf_fragment', 'pagefind/index/zh-cn_c.pf_index']);
  });
});

describe('fragmentPage', () => {
  const fragment = (text: string) => gzipSync(Buffer.from(text));
  test.each([
    ['{"url":"/extra-0001/","content":"…"}', 'extra-0001'],
    ['{"url":"/steps/"}', 'steps'],
    ['{"url":"/"}', ''],
  ])('pagefind_dcd%s → %j', (json, slug) => {
    expect(fragmentPage(fragment(`pagefind_dcd${json}`))).toBe(slug);
  });
  test('a file that is not a fragment of the pinned Pagefind is an error that says so', () => {
    expect(() => fragmentPage(fragment('{"url":"/steps/"}'))).toThrow(/signature is missing/);
    expect(() => fragmentPage(fragment('pagefind_dcd{"content":"x"}'))).toThrow(/without a url/);
  });
});

describe('cacheVersion', () => {
  const a = { path: 'a.html', bytes: new TextEncoder().encode('一') };
  const b = { path: 'b.html', bytes: new TextEncoder().encode('二') };
  test('same files, same version, in any order', () => {
    expect(cacheVersion([a, b])).toBe(cacheVersion([b, a]));
    expect(cacheVersion([a, b])).toMatch(/^[0-9a-f]{12}$/);
  });
  test('a changed byte or name is a new version', () => {
    expect(cacheVersion([a, { ...b, bytes: new TextEncoder().encode('三') }])).not.toBe(cacheVersion([a, b]));
    expect(cacheVersion([a, { ...b, path: 'c.html' }])).not.toBe(cacheVersion([a, b]));
  });
});

describe('fillWorker', () => {
  test('fills version and list', () => {
    expect(fillWorker("const V = '__VERSION__'; const F = ['__PRECACHE__'];", 'abc', ['./', 'steps/'])).toBe('const V = "abc"; const F = ["./","steps/"];');
  });
  test('a template without placeholders fails the build with the file to fix', () => {
    expect(() => fillWorker('const V = 1;', 'abc', [])).toThrow(/sw\.js: the placeholder __VERSION__ is missing/);
  });
});
