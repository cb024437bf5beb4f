import { describe, expect, test } from 'vitest';
import { legacyStylesheet, screenStylesheets } from './stylesheet';

const one = (css: string) => legacyStylesheet([{ file: 'a.css', css }]);

describe('legacyStylesheet', () => {
  test('removes every @layer and keeps the later layer winning by specificity', () => {
    const css = one('@layer base, utilities; @layer utilities { .p { color: red } } @layer base { p.p { color: blue } }');
    expect(css).not.toContain('@layer');
    // The utility (later layer) must now outrank the more specific base rule.
    const utility = css.match(/([^{}]+)\{color:red\}/)![1]!;
    expect(utility).toContain(':not(');
  });

  test('lowers what Chromium 87 lacks: nesting, media ranges, colour functions', () => {
    const css = one('.a { & .b { color: oklch(0.6 0.1 250) } } @media (width >= 40rem) { .c { color: red } }');
    expect(css).toContain('.a .b');
    expect(css).toContain('min-width:40rem');
    expect(css).toMatch(/\.a \.b\{color:(#|rgb)/);
  });

  test('keeps the files in the order given: a later sheet wins over an earlier one', () => {
    const css = legacyStylesheet([
      { file: 'page.css', css: '@layer components { .x { color: red } }' },
      { file: 'results.css', css: '@layer components { .x { color: blue } }' },
    ]);
    // Same selector, same layer: the minifier keeps only the winner, the later file's.
    expect(css).toContain('.x{color:#00f}');
    expect(css).not.toContain('red');
  });

  test('unlayered rules still outrank every layered one', () => {
    const css = one('@layer utilities { #id.x { color: red } } .x { color: blue }');
    const blue = css.match(/([^{}]+)\{color:#00f\}/)![1]!;
    const red = css.match(/([^{}]+)\{color:red\}/)![1]!;
    expect(blue.split(':not(#').length).toBeGreaterThan(red.split(':not(#').length);
  });
});

describe('screenStylesheets', () => {
  test('pages’ stylesheets first, then the ones scripts load; print left out', () => {
    const linked = [
      { href: '/docs/_astro/print.1.css', media: 'print' },
      { href: '/docs/_astro/page.2.css', media: '' },
      { href: '/docs/_astro/page.2.css', media: '' },
    ];
    const files = ['_astro/a-results.3.css', '_astro/page.2.css', '_astro/print.1.css'];
    expect(screenStylesheets(linked, files, '/docs/')).toEqual(['_astro/page.2.css', '_astro/a-results.3.css']);
  });
});
