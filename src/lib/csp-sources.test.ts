import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from './csp';
import { governingSources, sourcesAllow, type LoadKind } from './csp-sources';

const SITE = 'https://guide.example.org';

describe('governingSources', () => {
  const policy = contentSecurityPolicy(['x()'], 'header');
  test.each<[LoadKind, string, string[]]>([
    ['image', 'img-src', ["'self'", 'data:']],
    ['media', 'default-src', ["'self'"]],
    ['frame', 'default-src', ["'self'"]],
    ['object', 'object-src', ["'none'"]],
    ['style', 'style-src', ["'self'"]],
    ['font', 'font-src', ["'self'"]],
  ])('the site’s policy: %s loads follow %s', (kind, directive, sources) => {
    expect(governingSources(policy, kind)).toEqual({ directive, sources });
  });
  test('script loads follow script-src, hashes included', () => {
    expect(governingSources(policy, 'script')?.directive).toBe('script-src');
  });
  test('the most specific directive wins; a policy without one allows the load', () => {
    expect(governingSources("default-src 'none'; child-src https:; script-src-elem 'self'", 'frame')).toEqual({ directive: 'child-src', sources: ['https:'] });
    expect(governingSources("default-src 'none'; script-src-elem 'self'", 'script')?.directive).toBe('script-src-elem');
    expect(governingSources("img-src 'self'", 'media')).toBeNull();
  });
});

describe('sourcesAllow', () => {
  test.each([
    [["'self'"], '/images/a.png'],
    [["'self'"], 'images/a.png'],
    [["'self'"], './a.png'],
    [["'self'"], 'https://guide.example.org/a.png'],
    [["'self'", 'data:'], 'data:image/png;base64,AAAA'],
    [['https:'], 'https://cdn.example.com/a.png'],
    [['https://cdn.example.com'], 'https://cdn.example.com/a/b.png'],
    [['cdn.example.com'], 'https://cdn.example.com/a.png'],
    [['*.example.com'], 'https://img.example.com/a.png'],
    [['https://example.com/media/'], 'https://example.com/media/v.mp4'],
    [['http://example.com'], 'https://example.com/v.mp4'],
    [['*'], 'https://anywhere.example/a.png'],
  ])('%j allows %s', (sources, href) => expect(sourcesAllow(sources, href, SITE)).toBe(true));

  test.each([
    [["'self'"], 'https://example.com/a.png'],
    [["'self'"], '//example.com/a.png'],
    [["'self'"], 'data:image/png;base64,AAAA'],
    [["'none'"], '/a.swf'],
    [[], '/a.png'],
    [["'self'", "'sha256-abc='", "'wasm-unsafe-eval'"], 'https://example.com/a.js'],
    [['https://cdn.example.com'], 'https://example.com/a.png'],
    [['*.example.com'], 'https://example.com/a.png'],
    [['https://example.com/media/'], 'https://example.com/other/v.mp4'],
    [['https:'], 'http://example.com/a.png'],
    [['*'], 'data:image/png;base64,AAAA'],
  ])('%j refuses %s', (sources, href) => expect(sourcesAllow(sources, href, SITE)).toBe(false));
});
