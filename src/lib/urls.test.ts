import { describe, expect, test } from 'vitest';
import { absoluteUrl, isExternal, normaliseBase, stripBase, withBase, withTrailingSlash } from './urls';

describe('normaliseBase', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['zhima-guide', '/zhima-guide/'],
    ['/zhima-guide', '/zhima-guide/'],
    ['/a/b/', '/a/b/'],
    ['//x//', '/x/'],
    [' /a//b ', '/a/b/'],
  ])('%j → %j', (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe('withBase', () => {
  test.each([
    ['/steps/', '/', '/steps/'],
    ['/steps/#step-5', '/zhima-guide/', '/zhima-guide/steps/#step-5'],
    ['/', '/zhima-guide', '/zhima-guide/'],
    ['#step-1', '/zhima-guide/', '#step-1'],
    ['https://example.com/', '/zhima-guide/', 'https://example.com/'],
    ['//cdn.example.com/x.js', '/zhima-guide/', '//cdn.example.com/x.js'],
  ])('%j with base %j → %j', (path, base, expected) => expect(withBase(path, base)).toBe(expected));
});

describe('stripBase', () => {
  test.each([
    ['/zhima-guide/steps/', '/zhima-guide/', '/steps/'],
    ['/zhima-guide/', '/zhima-guide/', '/'],
    ['/zhima-guide', '/zhima-guide/', '/'],
    ['/other/', '/zhima-guide/', null],
    ['/steps/', '/', '/steps/'],
  ])('%j without base %j → %j', (path, base, expected) => expect(stripBase(path, base)).toBe(expected));
});

test('absoluteUrl joins site, base and path', () => {
  expect(absoluteUrl('/steps/', 'https://guide.example.org', '/zhima-guide/')).toBe(
    'https://guide.example.org/zhima-guide/steps/',
  );
  expect(absoluteUrl('/', new URL('https://guide.example.org/'), '/')).toBe('https://guide.example.org/');
});

test.each([
  ['https://www.alipay.com/', true],
  ['//example.com', true],
  ['mailto:a@b.c', false],
  ['/steps/', false],
  ['#age', false],
])('isExternal(%j) is %s', (href, expected) => expect(isExternal(href)).toBe(expected));

test.each([
  ['/steps', '/steps/'],
  ['/steps#step-1', '/steps/#step-1'],
  ['/steps?x=1#a', '/steps/?x=1#a'],
  ['/steps/', '/steps/'],
  ['/', '/'],
  ['/og-image.jpg', '/og-image.jpg'],
  ['#step-1', '#step-1'],
  ['https://example.com/a', 'https://example.com/a'],
])('withTrailingSlash(%s) → %s', (href, expected) => expect(withTrailingSlash(href)).toBe(expected));
