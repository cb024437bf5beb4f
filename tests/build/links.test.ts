import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles } from '../../src/integrations/link-check';
import { parseBuiltPage } from '../../src/lib/built-page/index';
import { findBrokenLinks } from '../../src/lib/link-check';
import { qrFile } from '../../src/lib/companion/qr-files';
import { build, type BuildName } from '../support/site';

describe.each<BuildName>(['root', 'subpath'])('%s build', (name) => {
  const { outDir, site, base } = build(name);
  const pages = builtHtmlFiles(outDir).map(([sitePath, file]) => parseBuiltPage(fs.readFileSync(file, 'utf8'), sitePath));

  test('every internal link and #anchor resolves', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const broken = findBrokenLinks(pages, { site, base, fileExists: (sitePath) => fs.existsSync(path.join(outDir, sitePath)) });
    expect(broken).toEqual([]);
  });

  test('every site-absolute link carries the base', () => {
    const unbased = pages.flatMap((page) => page.links.filter((href) => href.startsWith('/') && !href.startsWith(base)));
    expect(unbased).toEqual([]);
  });

  test('every page but the 404 has a QR sheet with a view for each section a reader can link to', () => {
    const handedOff = pages.filter((page) => page.path !== '/404/');
    expect(handedOff.length).toBeGreaterThanOrEqual(7);
    for (const page of handedOff) {
      const sheet = fs.readFileSync(path.join(outDir, qrFile(page.path)), 'utf8');
      const views = [...sheet.matchAll(/<view id="([^"]+)"/g)].map((match) => match[1]);
      expect(views, page.path).toEqual(page.sectionIds);
    }
    expect(pages.find((page) => page.path === '/steps/')?.sectionIds).toContain('step-5');
  });

  test('links that leave the site are noopener noreferrer', () => {
    for (const [, file] of builtHtmlFiles(outDir)) {
      const external = [...fs.readFileSync(file, 'utf8').matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)].map((match) => match[0]);
      for (const tag of external) expect(tag).toMatch(/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/);
    }
  });
});
