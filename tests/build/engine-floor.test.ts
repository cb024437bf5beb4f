import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEGACY_STYLESHEET } from '../../src/lib/legacy/name';
import { build } from '../support/site';

/**
 * Static tripwires for the oldest engines the README's "Browsers" supports, between runs of the real old
 * engines (tests/e2e/old-engines.test.ts): they catch a regression in seconds, but only the engines prove it.
 */
const TIER_C = 'chrome 87, ios_saf 14.5';

/** es-check (syntax, and the newer built-ins it recognises) against the tier-C engines; its output on failure. */
function esCheck(cwd: string, files: string[]): { ok: boolean; output: string } {
  const result = spawnSync('node_modules/.bin/es-check', ['checkBrowser', ...files, '--module', '--checkFeatures', '--browserslistQuery', TIER_C], {
    cwd: path.resolve(cwd),
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('the build stays within the oldest supported engines', () => {
  const outDir = build('root').outDir;
  const css = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
  const pageStylesheet = fs.readdirSync(path.join(outDir, '_astro')).filter((file) => file.endsWith('.css')).map((file) => `_astro/${file}`);

  test('every script the pages load parses, and uses no built-in, beyond Chromium 87 and iOS 14.5', () => {
    const scripts = fs.readdirSync(path.join(outDir, '_astro')).filter((file) => file.endsWith('.js')).map((file) => path.join(outDir, '_astro', file));
    expect(scripts.length).toBeGreaterThan(3);
    const { ok, output } = esCheck('.', [...scripts.map((file) => path.relative('.', file)), path.relative('.', path.join(outDir, 'sw.js'))]);
    expect(ok, output).toBe(true);
  });

  test('the check can fail: a script using Array.prototype.at (Chromium 92, iOS 15.4) is caught', () => {
    const { ok, output } = esCheck('.', ['tests/fixtures/engine-floor/too-new.js']);
    expect(ok).toBe(false);
    expect(output).toContain('ArrayPrototypeAt');
  });

  test('the stylesheet for engines without cascade layers has none, nor nesting or media ranges', () => {
    const legacy = css(LEGACY_STYLESHEET);
    expect(legacy.length).toBeGreaterThan(10_000);
    expect(legacy).not.toMatch(/@layer|[{;]\s*&|\((?:width|height)\s*[<>]/);
    // Chromium 87 reads :is() only as :-webkit-any(), which takes no combinators: such a rule would be dropped
    // (:has() cases excepted: they sit behind @supports selector(:has(a)), for newer engines only).
    const complexAny = (legacy.match(/:-webkit-any\([^)]*[ >+~][^)]*\)/g) ?? []).filter((selector) => !selector.includes(':has('));
    expect(complexAny).toEqual([]);
    // Every class the pages' stylesheets style is styled for such engines too.
    const classes = (text: string) => new Set(text.match(/\.[a-z][\w-]*/g));
    const legacyClasses = classes(legacy);
    const missing = pageStylesheet.flatMap((file) => [...classes(css(file))]).filter((name) => !legacyClasses.has(name));
    expect(missing).toEqual([]);
  });

  test('the page stylesheets use no media range syntax (Chromium 104, iOS 16.4): tier B reads them', () => {
    for (const file of pageStylesheet) expect(css(file), file).not.toMatch(/\((?:width|height)\s*[<>]/);
  });
});
