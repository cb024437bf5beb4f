import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { launchOptions } from '../support/browser';
import { startNginx, type NginxServer } from '../support/nginx';
import { build } from '../support/site';
import { serveSite, type StaticServer } from '../support/server';
import { securityHeaders } from '../../src/lib/security-headers';

/** The root build served by Debian's real nginx with the shipped deploy/nginx.conf. */
let nginx: NginxServer;
beforeAll(async () => {
  nginx = await startNginx(build('root').outDir);
});
afterAll(() => nginx?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(nginx.origin + path, { headers, redirect: 'manual' });

describe('the shipped nginx config', () => {
  test.each(['/', '/steps/', '/no-such-page/', '/_astro/', '/pagefind/pagefind-entry.json'])('%s carries every security header', async (path) => {
    const response = await get(path);
    for (const [name, value] of securityHeaders()) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('pages and the Pagefind entry file are revalidated; hashed /_astro/ files are cached for a year', async () => {
    const page = await get('/steps/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const asset = html.match(/\/_astro\/[^"']+\.(?:css|js)/)?.[0];
    expect(asset, 'a hashed asset linked from /steps/').toBeDefined();
    const hashed = await get(asset!);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const entry = await get('/pagefind/pagefind-entry.json');
    expect(entry.status).toBe(200);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
  });

  test('text is gzip-compressed when the browser accepts it', async () => {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`${nginx.origin}/steps/`, { headers: { 'Accept-Encoding': 'gzip' } }, resolve).on('error', reject),
    );
    response.resume();
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toContain('Accept-Encoding');
  });

  test('an unknown URL gets the site’s 404 page with status 404', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html lang="zh-CN"');
  });

  test('/steps without its slash redirects to /steps/ on the same host', async () => {
    const response = await get('/steps');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/steps/');
  });

  test('the web app manifest is served with its own type', async () => {
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toBe('application/manifest+json');
  });
});

describe('clickjacking', () => {
  let browser: Browser;
  let framer: http.Server;
  let plain: StaticServer;
  beforeAll(async () => {
    browser = await chromium.launch(launchOptions());
    // The same build served without any headers: shows the check can see a framed guide.
    plain = await serveSite(build('root').outDir);
    // Another origin (another port) that shows ?src= inside its own page.
    framer = http.createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>framer</title><iframe src="${src}"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await new Promise((resolve) => framer?.close(resolve));
  });

  /** Whether the guide's page heading renders inside another origin's iframe. */
  async function guideShowsInFrame(src: string): Promise<boolean> {
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      return (await frame.locator('h1', { hasText: '开通' }).count()) > 0;
    } finally {
      await page.close();
    }
  }

  test('a page from another origin cannot frame the guide served by nginx', async () => {
    expect(await guideShowsInFrame(`${plain.origin}/steps/`)).toBe(true);
    expect(await guideShowsInFrame(`${nginx.origin}/steps/`)).toBe(false);
  });
});
