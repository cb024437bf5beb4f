import { expect, test } from 'vitest';
import { findBrokenLinks, type BuiltPage } from './link-check';

const page = (path: string, ids: string[], links: string[]): BuiltPage => ({ path, ids: new Set(ids), links });
const site = 'https://guide.example.org';

test.each([
  ['/', '/steps/#step-5'],
  ['/zhima-guide/', '/zhima-guide/steps/#step-5'],
])('with base %s, a link to an existing page and anchor is fine', (base, href) => {
  const pages = [page('/', ['top'], [href, '#top', 'mailto:a@b.c', 'https://other.example/']), page('/steps/', ['step-5'], [])];
  expect(findBrokenLinks(pages, { site, base, fileExists: () => false })).toEqual([]);
});

test('reports a missing page, a missing anchor and a missing asset', () => {
  const pages = [
    page('/overview/', ['what-it-is'], ['/faq/', '/steps/#step-9', '#nope', '/favicon.svg', '/missing.png']),
    page('/steps/', ['step-1'], []),
  ];
  const broken = findBrokenLinks(pages, { site, base: '/', fileExists: (path) => path === '/favicon.svg' });
  expect(broken).toEqual([
    { page: '/overview/', href: '/faq/', reason: 'no page or file /faq/ is built' },
    { page: '/overview/', href: '/steps/#step-9', reason: '/steps/ has no element with id "step-9"' },
    { page: '/overview/', href: '#nope', reason: '/overview/ has no element with id "nope"' },
    { page: '/overview/', href: '/missing.png', reason: 'no page or file /missing.png is built' },
  ]);
});

test('a link that forgets the sub-path base is broken', () => {
  const pages = [page('/', [], ['/steps/']), page('/steps/', [], [])];
  expect(findBrokenLinks(pages, { site, base: '/zhima-guide/', fileExists: () => false })).toEqual([
    { page: '/', href: '/steps/', reason: 'it points outside the site base /zhima-guide/' },
  ]);
});

test('absolute links to the site itself are checked too (canonical URLs)', () => {
  const pages = [page('/', [], [`${site}/steps/`, `${site}/gone/`])];
  expect(findBrokenLinks([...pages, page('/steps/', [], [])], { site, base: '/', fileExists: () => false })).toEqual([
    { page: '/', href: `${site}/gone/`, reason: 'no page or file /gone/ is built' },
  ]);
});
