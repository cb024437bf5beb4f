import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles } from '../../src/integrations/link-check';
import { contentSecurityPolicy, hashSource } from '../../src/lib/csp';
import { THEME_INIT_SCRIPT } from '../../src/scripts/theme-init';
import { parseHTML } from 'linkedom';
import { build, loadPage } from '../support/site';

const headerLines = fs.readFileSync('public/_headers', 'utf8').split('\n');
const header = (name: string) => headerLines.find((line) => line.trim().startsWith(`${name}:`))?.split(': ').slice(1).join(': ').trim();

describe('Content-Security-Policy', () => {
  test('public/_headers carries the same policy as the pages, plus frame-ancestors', () => {
    expect(header('Content-Security-Policy')).toBe(contentSecurityPolicy([THEME_INIT_SCRIPT], 'header'));
  });

  test.each(builtHtmlFiles(build('root').outDir))('%s: every inline script is hashed in its CSP meta, before any script', (_path, file) => {
    const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const policy = meta?.getAttribute('content') ?? '';
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    const scripts = [...document.querySelectorAll('script')];
    // The policy governs only what comes after it: in document order it must come first.
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"], script')).toBe(meta);
    for (const script of scripts.filter((s) => !s.hasAttribute('src') && s.getAttribute('type') !== 'application/ld+json')) {
      expect(scriptSrc).toContain(hashSource(script.textContent ?? ''));
    }
    expect(policy).not.toMatch(/unsafe-inline|https?:\/\//);
  });

  test('an injected inline script would be refused: its hash is not allowed', () => {
    const policy = loadPage('root', '/steps/').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).not.toContain(hashSource('alert(1)'));
    expect(policy).not.toContain("'unsafe-inline'");
  });
});

test('the other security headers are set for every path', () => {
  expect(header('X-Content-Type-Options')).toBe('nosniff');
  expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  expect(header('Permissions-Policy')).toContain('camera=()');
});
