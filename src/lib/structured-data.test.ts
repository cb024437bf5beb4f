import { expect, test } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, howToJsonLd, serialiseJsonLd, websiteJsonLd, type PageFacts } from './structured-data';

const page: PageFacts = {
  url: 'https://guide.example.org/steps/',
  title: '开通先用后付的 7 个步骤',
  description: '步骤',
  published: new Date('2024-08-19'),
  updated: new Date('2026-11-24'),
  lang: 'zh-CN',
  publisher: '编辑组',
  publisherUrl: 'https://guide.example.org/',
  image: { url: 'https://guide.example.org/og-image.jpg', width: 1200, height: 630 },
};

const steps = [
  { depth: 2, slug: 'step-1', text: '第 1 步：打开支付宝 APP' },
  { depth: 2, slug: 'step-2', text: '第 2 步：进入「我的」页面' },
];
const instructions = new Map([
  ['step-1', '在手机上找到支付宝 APP 的图标，点击打开。'],
  ['step-2', '点击右下角的「我的」图标。'],
]);

test('HowTo lists each step with its position, name, instruction and anchor URL', () => {
  const data = howToJsonLd(page, steps, instructions);
  expect(data['@type']).toBe('HowTo');
  expect(data.datePublished).toBe('2024-08-19');
  expect(data.dateModified).toBe('2026-11-24');
  expect(data.step).toEqual([
    { '@type': 'HowToStep', position: 1, name: '打开支付宝 APP', text: '在手机上找到支付宝 APP 的图标，点击打开。', url: 'https://guide.example.org/steps/#step-1' },
    { '@type': 'HowToStep', position: 2, name: '进入「我的」页面', text: '点击右下角的「我的」图标。', url: 'https://guide.example.org/steps/#step-2' },
  ]);
});

test('a step without an instruction fails with the step named and the fix', () => {
  expect(() => howToJsonLd(page, steps, new Map([['step-1', '打开。']]))).toThrow(
    'step "第 2 步：进入「我的」页面" (#step-2) has no instruction; write a paragraph under its heading.',
  );
});

test('Article carries headline, language and dates', () => {
  const data = articleJsonLd(page);
  expect(data).toMatchObject({
    '@type': 'Article',
    headline: page.title,
    inLanguage: 'zh-CN',
    mainEntityOfPage: page.url,
    image: { '@type': 'ImageObject', url: 'https://guide.example.org/og-image.jpg', width: 1200, height: 630 },
    publisher: { '@type': 'Organization', name: '编辑组', url: 'https://guide.example.org/' },
  });
});

test('BreadcrumbList numbers its items from 1', () => {
  expect(breadcrumbJsonLd([{ name: '首页', url: 'https://g/' }, { name: '步骤', url: 'https://g/steps/' }]).itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: '首页', item: 'https://g/' },
    { '@type': 'ListItem', position: 2, name: '步骤', item: 'https://g/steps/' },
  ]);
});

test('serialised JSON-LD cannot close its script element', () => {
  const text = serialiseJsonLd({ name: '</script><script>alert(1)</script>' });
  expect(text).not.toContain('</script>');
  expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
});

test('WebSite points its SearchAction at the search page', () => {
  const data = websiteJsonLd({ name: '指南', url: 'https://g/', description: 'd', lang: 'zh-CN', searchUrl: 'https://g/search/' });
  expect(data).toMatchObject({ '@type': 'WebSite', inLanguage: 'zh-CN' });
  expect((data.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate).toBe('https://g/search/?q={search_term_string}');
});
