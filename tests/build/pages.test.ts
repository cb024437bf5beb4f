import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, builtFile, loadPage, permalinks, textOf, type BuildName } from '../support/site';

const pagePaths = Object.keys(permalinks.pages);
const builds: BuildName[] = ['root', 'subpath'];

describe.each(builds)('%s build: the permalink contract', (name) => {
  test.each(pagePaths)('%s exists with every public id', (sitePath) => {
    const document = loadPage(name, sitePath);
    const ids = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
    for (const id of permalinks.pages[sitePath]!) expect(ids, `${sitePath}#${id}`).toContain(id);
  });

  test.each(permalinks.files)('%s is built', (file) => {
    expect(fs.existsSync(builtFile(name, file))).toBe(true);
  });

  test.each([...pagePaths, '/404.html'])('%s: zh-CN, one h1, title, description, canonical', (sitePath) => {
    const { site, base } = build(name);
    const document = loadPage(name, sitePath);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.title.length).toBeGreaterThan(4);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    // The 404 page answers for URLs that do not exist: it has no canonical URL of its own.
    const canonical = sitePath === '/404.html' ? undefined : new URL(base + sitePath.slice(1), site).href;
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    for (const property of ['og:title', 'og:description', 'og:image', 'og:locale']) {
      expect(document.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
    expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull();
  });

  test('titles and descriptions are unique per page', () => {
    const documents = pagePaths.map((sitePath) => loadPage(name, sitePath));
    const titles = documents.map((document) => document.title);
    const descriptions = documents.map((document) => document.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  test('/guide/ (every section again) and /search/ stay out of search engines; the sections and home page do not', () => {
    const robots = (sitePath: string) => loadPage(name, sitePath).querySelector('meta[name="robots"]')?.getAttribute('content') ?? null;
    for (const sitePath of pagePaths) expect(robots(sitePath), sitePath).toBe(sitePath === '/guide/' ? 'noindex, follow' : null);
    expect(robots('/search/')).toBe('noindex, follow');
  });
});

describe('structured data', () => {
  const jsonLd = (sitePath: string) =>
    [...loadPage('subpath', sitePath).querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
      const data = JSON.parse(script.textContent ?? '');
      return Array.isArray(data) ? data : [data];
    });

  test('the steps page is a HowTo whose steps link to #step-1 … #step-7 under the base', () => {
    const howTo = jsonLd('/steps/').find((item) => item['@type'] === 'HowTo');
    expect(howTo.step.map((step: { url: string }) => step.url)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `https://guide.example.org/zhima-guide/steps/#step-${n}`),
    );
    expect(howTo.inLanguage).toBe('zh-CN');
    // Each step's text is its instruction, not its heading again.
    expect(howTo.step[4].text).toBe('在信用服务页面中查找「先用后付」服务。如果一眼没看到，可以在页面的搜索框里输入「先用后付」进行搜索。');
    for (const step of howTo.step) expect(step.text).not.toMatch(/^第 \d 步/);
    expect(howTo.datePublished).toBe('2024-08-19');
  });

  test('the home page is a WebSite whose search action is the search page', () => {
    const website = jsonLd('/').find((item) => item['@type'] === 'WebSite');
    expect(website.potentialAction.target.urlTemplate).toBe('https://guide.example.org/zhima-guide/search/?q={search_term_string}');
  });

  test.each(['/overview/', '/eligibility/', '/cautions/'])('%s is an Article with a breadcrumb trail, the social image and the publisher\'s URL', (sitePath) => {
    const items = jsonLd(sitePath);
    expect(items.map((item) => item['@type'])).toEqual(['Article', 'BreadcrumbList']);
    const ogImage = loadPage('subpath', sitePath).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(items[0].image.url).toBe(ogImage);
    expect(items[0].publisher.url).toBe('https://guide.example.org/zhima-guide/');
  });
});

describe('site files', () => {
  test('sitemap lists the sections, the care help and the home page, not the duplicate one-page guide', () => {
    const sitemap = fs.readFileSync(builtFile('subpath', '/sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls.sort()).toEqual(
      ['', 'care/', 'cautions/', 'eligibility/', 'overview/', 'steps/'].map((p) => `https://guide.example.org/zhima-guide/${p}`),
    );
  });

  test('the search bundle holds only what the search loads: Pagefind’s script and worker, not its ready-made UIs', () => {
    const bundle = fs.readdirSync(path.dirname(builtFile('root', '/pagefind/pagefind.js')));
    expect(bundle.filter((file) => /^pagefind[.-]/.test(file) && !/\.pf_meta$/.test(file)).sort()).toEqual(['pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js']);
  });

  test('each sitemap entry’s <lastmod> is its section’s `updated` date', () => {
    const sitemap = fs.readFileSync(builtFile('root', '/sitemap-0.xml'), 'utf8');
    const updated = fs.readFileSync('src/content/guide/steps.mdx', 'utf8').match(/^updated: (\S+)$/m)![1];
    expect(sitemap).toContain(`<loc>https://guide.example.org/steps/</loc><lastmod>${updated}T00:00:00.000Z</lastmod>`);
    expect(sitemap.match(/<lastmod>/g)).toHaveLength(sitemap.match(/<loc>/g)!.length);
  });

  test('robots.txt points at the absolute sitemap URL', () => {
    expect(fs.readFileSync(builtFile('subpath', '/robots.txt'), 'utf8')).toContain(
      'Sitemap: https://guide.example.org/zhima-guide/sitemap-index.xml',
    );
  });

  test('the web manifest starts under the base', () => {
    const manifest = JSON.parse(fs.readFileSync(builtFile('subpath', '/manifest.webmanifest'), 'utf8'));
    expect(manifest.start_url).toBe('/zhima-guide/');
    expect(manifest.lang).toBe('zh-CN');
    for (const icon of manifest.icons) expect(fs.existsSync(builtFile('subpath', icon.src.replace('/zhima-guide', '')))).toBe(true);
  });
});

describe('reading aids', () => {
  test('each step is its own anchored heading in a numbered sequence, with its UI label', () => {
    const document = loadPage('root', '/steps/');
    const steps = [...document.querySelectorAll('.steps h2')];
    expect(steps.map((heading) => heading.id)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `step-${n}`));
    const labels = ['支付宝 APP', '我的', '芝麻信用', '信用服务', '先用后付', '商家和服务', '立即开通'];
    steps.forEach((heading, index) => expect(textOf(heading)).toContain(labels[index]));
  });

  test('every h2/h3 of every section has a permalink control pointing at its own id', () => {
    for (const sitePath of ['/overview/', '/eligibility/', '/steps/', '/cautions/']) {
      const document = loadPage('root', sitePath);
      const headings = [...document.querySelectorAll('article h2, article h3')];
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) {
        const control = heading.parentElement?.querySelector(':scope > a.heading-anchor');
        expect(control?.getAttribute('href'), `${sitePath} ${heading.id}`).toBe(`#${heading.id}`);
        expect(textOf(control!.querySelector('.sr-only')!)).toContain(textOf(heading));
      }
    }
  });

  test('cautions are callouts and eligibility is a checklist', () => {
    const cautions = loadPage('root', '/cautions/');
    for (const id of ['repay-on-time', 'merchant-policy', 'personal-info']) {
      expect(cautions.getElementById(id)?.closest('.callout[role="note"]'), id).not.toBeNull();
    }
    const eligibility = loadPage('root', '/eligibility/');
    for (const id of ['alipay-account', 'credit-score', 'age']) expect(eligibility.getElementById(id)?.closest('.checklist'), id).not.toBeNull();
  });

  test.each(['/overview/', '/eligibility/', '/steps/', '/cautions/'])('%s shows published and updated dates and prev/next links', (sitePath) => {
    const document = loadPage('root', sitePath);
    const dates = [...document.querySelectorAll('article time')].map((time) => time.getAttribute('datetime'));
    expect(dates[0]).toBe('2024-08-19');
    expect(dates[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.querySelectorAll('a[rel="prev"], a[rel="next"]').length).toBeGreaterThan(0);
    expect(document.querySelector('nav[aria-label="指南章节"] a[aria-current="page"]')).not.toBeNull();
  });

  test('the landing page offers the four sections and a start at step 1', () => {
    const document = loadPage('subpath', '/');
    const hrefs = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/zhima-guide/steps/#step-1');
    for (const section of ['overview', 'eligibility', 'steps', 'cautions']) expect(hrefs).toContain(`/zhima-guide/${section}/`);
  });

  test('the 404 page links to every section', () => {
    const hrefs = [...loadPage('subpath', '/404.html').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const section of ['overview', 'eligibility', 'steps', 'cautions']) expect(hrefs).toContain(`/zhima-guide/${section}/`);
  });
});
