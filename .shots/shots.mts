import { chromium } from 'playwright-core';
import { launchOptions } from '/work/wt/typography/tests/support/browser.ts';
import { serveSite } from '/work/wt/typography/tests/support/server.ts';
const server = await serveSite('/work/wt/typography/.test-builds/subpath', '/zhima-guide/');
const browser = await chromium.launch(launchOptions());
const shots = [
  ['home-320', '', 320, 'light', true], ['home-360-dark', '', 360, 'dark', true], ['eligibility-390', 'eligibility/', 390, 'light', true],
  ['steps-320', 'steps/', 320, 'light', true], ['steps-desktop-5', 'steps/#step-5', 1366, 'light', false], ['home-desktop-dark', '', 1366, 'dark', false],
  ['overview-360', 'overview/', 360, 'dark', true],
];
for (const [name, path, width, scheme, mobile] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: mobile ? 800 : 900 }, isMobile: mobile, deviceScaleFactor: 1, colorScheme: scheme, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(server.url + path);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: name.startsWith('home-desktop') });
  await ctx.close();
}
await browser.close(); await server.close();
