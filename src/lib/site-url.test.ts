import { describe, expect, test } from 'vitest';
import { DeploymentError, resolveDeployment } from './site-url';

describe('resolveDeployment', () => {
  test.each([
    [{ SITE_URL: 'https://guide.example.org' }, 'https://guide.example.org', '/', 'SITE_URL'],
    [{ SITE_URL: 'https://guide.example.org/', BASE: '/zhima-guide' }, 'https://guide.example.org', '/zhima-guide/', 'SITE_URL'],
    // A path in SITE_URL becomes the base, consistently for links and canonical URLs.
    [{ SITE_URL: 'https://example.org/zhima-guide' }, 'https://example.org', '/zhima-guide/', 'SITE_URL'],
    [{ SITE_URL: 'https://example.org/zhima-guide/', BASE: 'zhima-guide' }, 'https://example.org', '/zhima-guide/', 'SITE_URL'],
    [{ NETLIFY: 'true', URL: 'https://zhima.netlify.app' }, 'https://zhima.netlify.app', '/', 'URL (Netlify)'],
    [{ CF_PAGES_URL: 'https://abc123.zhima.pages.dev' }, 'https://abc123.zhima.pages.dev', '/', 'CF_PAGES_URL (Cloudflare Pages)'],
    [{ VERCEL_PROJECT_PRODUCTION_URL: 'zhima.vercel.app' }, 'https://zhima.vercel.app', '/', 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)'],
    [{ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Octo/zhima-guide' }, 'https://octo.github.io', '/zhima-guide/', 'GITHUB_REPOSITORY (GitHub Pages)'],
    [{ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo/octo.github.io' }, 'https://octo.github.io', '/', 'GITHUB_REPOSITORY (GitHub Pages)'],
    // Bases are normalised: slashes around and doubled are dropped, spaces around trimmed.
    [{ SITE_URL: 'https://guide.example.org', BASE: 'zhima-guide' }, 'https://guide.example.org', '/zhima-guide/', 'SITE_URL'],
    [{ SITE_URL: 'https://guide.example.org', BASE: '//x//' }, 'https://guide.example.org', '/x/', 'SITE_URL'],
    [{ SITE_URL: 'https://guide.example.org', BASE: ' /a//b ' }, 'https://guide.example.org', '/a/b/', 'SITE_URL'],
    [{ SITE_URL: 'https://example.org//zhima-guide//' }, 'https://example.org', '/zhima-guide/', 'SITE_URL'],
    [{ SITE_URL: ' https://guide.example.org/ ', BASE: '/v1.2_old~/' }, 'https://guide.example.org', '/v1.2_old~/', 'SITE_URL'],
    [{ CF_PAGES_URL: 'https://abc.pages.dev ' }, 'https://abc.pages.dev', '/', 'CF_PAGES_URL (Cloudflare Pages)'],
    // SITE_URL wins over the host's variable.
    [{ SITE_URL: 'https://guide.example.org', CF_PAGES_URL: 'https://x.pages.dev' }, 'https://guide.example.org', '/', 'SITE_URL'],
  ])('%o → %s %s', (env, site, base, source) => {
    expect(resolveDeployment(env)).toEqual({ site, base, source });
  });

  test('unset: localhost, with one warning naming SITE_URL', () => {
    const result = resolveDeployment({ URL: 'https://not-netlify.example' });
    expect(result.site).toBe('http://localhost:4321');
    expect(result.warning).toMatch(/^SITE_URL is not set: canonical.*localhost/);
  });

  test.each([
    [{ SITE_URL: 'guide.example.org' }, 'SITE_URL is "guide.example.org", not an absolute URL'],
    [{ SITE_URL: 'ftp://guide.example.org' }, 'must start with https://'],
    [{ SITE_URL: 'https://example.org/?x=1' }, 'without ?query'],
    [{ SITE_URL: 'https://example.org/a/', BASE: '/b/' }, 'SITE_URL has the path /a/ but BASE is /b/'],
    [{ VERCEL_PROJECT_PRODUCTION_URL: 'bad host' }, 'VERCEL_PROJECT_PRODUCTION_URL (Vercel) is'],
    [{ SITE_URL: 'https://guide example.org' }, 'Fix: write it with its scheme and without spaces'],
    [{ SITE_URL: 'https://example.org/%E0%A4%A/' }, 'its path has a "%" that does not start an encoded character'],
  ])('%o fails: %s', (env, message) => {
    expect(() => resolveDeployment(env)).toThrow(DeploymentError);
    expect(() => resolveDeployment(env)).toThrow(message);
  });

  test.each([
    [{ BASE: 'my guide' }, 'BASE is "my guide": the base path /my guide/ has a space, which a URL path cannot carry as it is', 'e.g. BASE=/my-guide/.'],
    [{ BASE: '/指南/' }, 'BASE is "/指南/": the base path /指南/ has "指", "南"', 'e.g. BASE=/zhima-guide/.'],
    [{ BASE: '/a?b/' }, 'has "?"', 'e.g. BASE=/a-b/.'],
    [{ BASE: '/my%20guide/' }, 'has "%"', 'e.g. BASE=/my-guide/.'],
    [{ BASE: '/a/../b/' }, 'has a "." or ".." segment', 'e.g. BASE=/a/b/.'],
    [{ SITE_URL: 'https://example.org/my guide/' }, 'SITE_URL is "https://example.org/my guide/": the base path /my guide/ has a space', 'e.g. SITE_URL=https://example.org/my-guide/.'],
    [{ CF_PAGES_URL: 'https://x.pages.dev/新版/' }, 'CF_PAGES_URL (Cloudflare Pages) is "https://x.pages.dev/新版/"', 'SITE_URL=https://x.pages.dev/zhima-guide/.'],
  ])('%o makes broken URLs and stops, naming the variable: %s', (env, what, fix) => {
    let error: unknown;
    try {
      resolveDeployment(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DeploymentError);
    const { what: said, fix: told, message } = error as DeploymentError;
    expect(said).toContain(what);
    expect(told).toContain(fix);
    expect(message).toBe(`${said}\n    Fix: ${told}`);
  });
});
