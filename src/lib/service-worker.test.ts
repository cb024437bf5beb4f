import { describe, expect, test } from 'vitest';
import { cacheVersion, fillWorker, precacheUrls } from './service-worker';

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
