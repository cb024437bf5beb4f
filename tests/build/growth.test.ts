import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyProject, type ProjectCopy } from '../../bench/growth';
import { CHAPTER_SIZE, chapterOf } from '../../bench/generate-pages';
import { GUIDE_PART } from '../../src/lib/search/page';
import { build } from '../support/site';

/**
 * The site with 100 synthetic articles in 4 chapters, against the real site
 * (the root test build): what a page weighs and how many navigation links it
 * carries must not grow with the number of pages (issue 11).
 */
const EXTRA = 100;
const CHAPTERS = EXTRA / CHAPTER_SIZE;
const SECTIONS = 4;
/** The chapter of help pages beside the guide (src/content/guide/care.mdx), listed after the sections. */
const HELP = '使用帮助1 篇';
const real = build('root');
let copy: ProjectCopy;
let outDir: string;

beforeAll(async () => {
  copy = copyProject(process.cwd(), EXTRA);
  outDir = (await buildSite(copy.root, real.site, real.base)).outDir;
});
afterAll(() => copy?.dispose());

const html = (dir: string, sitePath: string) => fs.readFileSync(path.join(dir, sitePath, 'index.html'));
const document = (dir: string, sitePath: string) => parseHTML(html(dir, sitePath).toString('utf8')).document;
const navLinks = (dir: string, sitePath: string) => [...document(dir, sitePath).querySelectorAll('#site-nav a')];

describe(`with ${EXTRA} extra pages`, () => {
  test('each page has one navigation element', () => {
    for (const sitePath of ['/', '/steps/', '/extra-0042/', '/guide/']) {
      expect(document(outDir, sitePath).querySelectorAll('nav[aria-label="指南章节"]').length, sitePath).toBe(1);
    }
  });

  test('a real section lists the guide as before plus one link per chapter', () => {
    const before = navLinks(real.outDir, '/steps/').map((a) => a.textContent);
    const after = navLinks(outDir, '/steps/').map((a) => a.textContent);
    expect(before).toEqual(['1了解先用后付', '2开通条件', '3开通步骤', '4注意事项', HELP, '完整指南（单页）']);
    const chapters = Array.from({ length: CHAPTERS }, (_, i) => `${chapterOf(i * CHAPTER_SIZE)}${CHAPTER_SIZE} 篇`);
    expect(after).toEqual([...before.slice(0, SECTIONS + 1), ...chapters, before[SECTIONS + 1]]);
  });

  test('an article lists its own chapter and one link per other chapter, itself marked current', () => {
    const links = navLinks(outDir, '/extra-0042/');
    expect(links).toHaveLength(SECTIONS + 1 + (CHAPTERS - 1) + CHAPTER_SIZE + 1);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href'))).toEqual(['/extra-0042/']);
  });

  test('a real page weighs about the same as without the extra pages', () => {
    const gzip = (dir: string) => gzipSync(html(dir, '/steps/'), { level: 9 }).byteLength;
    // Four chapter links, about 60 bytes each after gzip; a list of 100 links would be several KB.
    expect(gzip(outDir) - gzip(real.outDir)).toBeLessThanOrEqual(CHAPTERS * 80);
  });

  test('the one-page guide holds only the guide', () => {
    const guide = document(outDir, '/guide/');
    expect(guide.querySelectorAll('main section.guide-section').length).toBe(SECTIONS);
    expect(guide.querySelector('[id^="extra-"]')).toBeNull();
  });

  test('search covers the articles', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(SECTIONS + 1 + EXTRA);
  });

  test('search knows the guide’s own sections from the articles beside it', () => {
    const part = (sitePath: string) => document(outDir, sitePath).querySelector('[data-pagefind-body] [data-pagefind-filter^="part:"]')?.getAttribute('data-pagefind-filter');
    expect(part('/steps/')).toBe(`part:${GUIDE_PART}`);
    expect(part('/overview/')).toBe(`part:${GUIDE_PART}`);
    expect(part('/extra-0042/')).toBeUndefined();
  });
});
