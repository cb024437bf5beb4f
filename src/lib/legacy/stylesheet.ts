/**
 * The stylesheet for engines without cascade layers (Chromium < 99, iOS < 15.4:
 * tier C in the README's "Browsers"). Tailwind CSS 4 puts nearly every rule in
 * `@layer`, which such engines drop whole, so they would get an unstyled page.
 * Here the layers are removed by @csstools/postcss-cascade-layers, which keeps
 * their order by raising specificity, and Lightning CSS lowers what is left for
 * those engines (colour functions, nesting, media ranges, prefixes). The page's
 * head script links the result only where `CSSLayerBlockRule` is missing
 * (src/scripts/theme-init.ts), so current engines never download it.
 */
import postcss from 'postcss';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import { browserslistToTargets, transform } from 'lightningcss';
import { LEGACY_STYLESHEET } from './name.ts';

/** The oldest engines the legacy stylesheet is written for: tier C's floor. */
export const LEGACY_TARGETS = browserslistToTargets(['chrome 87', 'ios_saf 14.5', 'safari 14.1']);

/** `sheets` in cascade order (each as the engine would load it), as one stylesheet without layers. */
export function legacyStylesheet(sheets: readonly { file: string; css: string }[]): string {
  const root = postcss.parse('');
  for (const { file, css } of sheets) root.append(postcss.parse(css, { from: file }).nodes);
  const flat = postcss([cascadeLayers({ onRevertLayerKeyword: false, onConditionalRulesChangingLayerOrder: false })]).process(root, { from: undefined }).css;
  const { code } = transform({ filename: LEGACY_STYLESHEET, code: Buffer.from(flat), minify: true, targets: LEGACY_TARGETS });
  return code.toString();
}

/**
 * The built stylesheets a screen can apply, in the order a page loads them: those the pages link for
 * screen first, then those scripts add later (the search results' styles); print stylesheets left out.
 * `cssFiles` are paths in the output (`_astro/x.css`); `linked` are the pages' links, hrefs with the base.
 */
export function screenStylesheets(linked: readonly { href: string; media: string }[], cssFiles: readonly string[], base: string): string[] {
  const file = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href);
  const print = new Set(linked.filter(({ media }) => media === 'print').map(({ href }) => file(href)));
  const onPage = [...new Set(linked.filter(({ media }) => media !== 'print').map(({ href }) => file(href)))];
  const later = cssFiles.filter((css) => !print.has(css) && !onPage.includes(css)).sort();
  return [...onPage.filter((css) => cssFiles.includes(css)), ...later];
}
