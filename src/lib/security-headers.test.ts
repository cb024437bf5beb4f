import fs from 'node:fs';
import { expect, test } from 'vitest';
import { contentSecurityPolicy } from './csp';
import { THEME_INIT_SCRIPT } from '../scripts/theme-init';
import { CACHE_RULES, renderHeadersFile, renderNginxHeaders, securityHeaders, withNginxHeaders } from './security-headers';

const headersFile = fs.readFileSync('public/_headers', 'utf8');
const nginxConfig = fs.readFileSync('deploy/nginx.conf', 'utf8');

test('public/_headers is what src/lib/security-headers.ts renders (run `npm run headers` after changing it)', () => {
  expect(headersFile).toBe(renderHeadersFile());
});

test('deploy/nginx.conf carries the same headers (run `npm run headers` after changing them)', () => {
  expect(nginxConfig).toBe(withNginxHeaders(nginxConfig));
  expect(nginxConfig).toContain(renderNginxHeaders());
});

test('the header CSP is the pages’ <meta> CSP plus frame-ancestors, in all three places', () => {
  const meta = contentSecurityPolicy([THEME_INIT_SCRIPT], 'meta');
  const header = Object.fromEntries(securityHeaders())['Content-Security-Policy'];
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headersFile).toContain(`  Content-Security-Policy: ${header}\n`);
  expect(nginxConfig).toContain(`add_header Content-Security-Policy "${header}" always;`);
});

test('every header is written once per file, each nginx one with `always` (error pages too)', () => {
  for (const [name, value] of securityHeaders()) {
    expect(headersFile.split(`  ${name}: ${value}\n`)).toHaveLength(2);
    expect(nginxConfig.split(`add_header ${name} "${value}" always;`)).toHaveLength(2);
  }
});

test('hardening the audit asked for: HSTS for a year, no obsolete Permissions-Policy features', () => {
  const headers = Object.fromEntries(securityHeaders());
  expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['Permissions-Policy']).not.toContain('interest-cohort');
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});

test('only hashed /_astro/ files are cached for good; the Pagefind entry file is revalidated', () => {
  expect(CACHE_RULES.find((rule) => rule.path === '/_astro/')?.cacheControl).toBe('public, max-age=31536000, immutable');
  expect(CACHE_RULES.find((rule) => rule.path === '/pagefind/pagefind-entry.json')?.cacheControl).toBe('no-cache');
  // Hosts join the values of overlapping rules with commas, so `/*` must not set its own Cache-Control.
  expect(renderHeadersFile().split('\n\n')[0]).not.toContain('Cache-Control');
});

test('a config without the marker lines is refused with the fix', () => {
  expect(() => withNginxHeaders('server {}')).toThrow(/marker lines are missing/);
});
