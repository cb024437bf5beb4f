/**
 * Renders the PNG icons, favicon.ico and the social preview image from public/favicon.svg
 * with Chromium. Run after changing the logo or the site title:
 *   node scripts/make-images.ts
 * The PNGs are committed, so builds need no browser.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { siteConfig } from '../src/config.ts';
import { launchOptions } from '../tests/support/browser.ts';

const logo = fs.readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();

for (const [file, size] of [['apple-touch-icon.png', 180], ['icon-192.png', 192], ['icon-512.png', 512]] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${logo.replace('rx="14"', 'rx="0"')}`);
  await page.screenshot({ path: `public/${file}` });
}

// favicon.ico for clients that ask for /favicon.ico without reading <link rel="icon">:
// one 32 px PNG in an ICO container (6-byte header, one 16-byte directory entry).
await page.setViewportSize({ width: 32, height: 32 });
await page.setContent(`<style>*{margin:0}svg{display:block;width:32px;height:32px}</style>${logo}`);
const png = await page.screenshot({ omitBackground: true });
const header = Buffer.alloc(22);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18); // image data offset
fs.writeFileSync('public/favicon.ico', Buffer.concat([header, png]));

await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`<html lang="zh-CN"><style>
  *{margin:0} body{width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;gap:28px;padding:0 96px;box-sizing:border-box;
  background:linear-gradient(135deg,#0b5cd5,#0a3f94);color:#fff;font-family:"Noto Sans CJK SC","PingFang SC",sans-serif}
  svg{width:112px;height:112px} h1{font-size:68px;line-height:1.25;font-weight:700} p{font-size:32px;opacity:.9}
</style><body>${logo}<h1>${siteConfig.title}</h1><p>开通条件 · 7 个步骤 · 注意事项</p></body></html>`);
// JPEG: the gradient makes a PNG five times larger for no visible gain.
await page.screenshot({ path: 'public/og-image.jpg', type: 'jpeg', quality: 85 });
await browser.close();
