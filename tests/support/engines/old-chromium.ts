import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { connectCdp } from './cdp';
import { openCdpPage } from './cdp-page';
import { CHROMIUM_FLAGS } from '../browser';
import { start, waitUntil } from './processes';
import type { Engine, OldEngineName } from './types';

/** Unpacked browsers, outside the repository, kept between runs: `OLD_ENGINES_CACHE`, else ~/.cache/old-engines. */
const CACHE = process.env.OLD_ENGINES_CACHE ?? path.join(os.homedir(), '.cache', 'old-engines');

/**
 * Unpacks the Chromium that an npm `@sparticuz/chromium` package ships as brotli
 * (`bin/chromium.br`, `bin/swiftshader.tar.br`) into CACHE/<name>-<version>/,
 * once: a finished folder is only ever renamed into place. Returns the binary.
 */
async function unpack(npmName: string): Promise<string> {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve(`${npmName}/package.json`));
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(CACHE, `${npmName}-${version}`);
  const binary = path.join(target, 'chromium');
  if (fs.existsSync(binary)) return binary;
  fs.mkdirSync(CACHE, { recursive: true });
  const work = fs.mkdtempSync(`${target}.partial-`);
  const inflate = (name: string, to: string) => pipeline(fs.createReadStream(path.join(packageDir, 'bin', `${name}.br`)), zlib.createBrotliDecompress(), fs.createWriteStream(to));
  await inflate('chromium', path.join(work, 'chromium'));
  fs.chmodSync(path.join(work, 'chromium'), 0o755);
  await inflate('swiftshader.tar', path.join(work, 'swiftshader.tar'));
  execFileSync('tar', ['-xf', 'swiftshader.tar'], { cwd: work });
  fs.rmSync(path.join(work, 'swiftshader.tar'));
  // 106 loads SwiftShader's GL from its own folder, 92 from ./swiftshader/: one copy serves both.
  fs.symlinkSync('.', path.join(work, 'swiftshader'));
  try {
    fs.renameSync(work, target);
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    if (!fs.existsSync(binary)) throw error; // else another run unpacked it meanwhile
  }
  return binary;
}

/**
 * Headless Chromium 106 and 92 from `@sparticuz/chromium` (installed as npm aliases
 * chromium-106 and chromium-92; 105, Alipay's engine until mid-2025, was never
 * published). Driven over DevTools directly (cdp.ts, which says why), as the
 * QtWebEngine builds are. Each page is a fresh browser context.
 */
export async function launchOldChromium(name: Extract<OldEngineName, `chromium-${string}`>): Promise<Engine> {
  const binary = await unpack(name);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-profile-`));
  const browser = start(binary, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    env: { ...process.env, LD_LIBRARY_PATH: path.dirname(binary) },
  });
  const stop = () => {
    browser.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const endpoint = await waitUntil(`${name} (${binary})`, browser, async () => /DevTools listening on (ws:\/\/\S+)/.exec(browser.stderr())?.[1]).catch((error: unknown) => {
    stop();
    throw error;
  });
  const origin = new URL(endpoint).host;
  const control = await connectCdp(endpoint);
  return {
    name,
    async open(viewport) {
      const { browserContextId } = await control.send<{ browserContextId: string }>('Target.createBrowserContext');
      const { targetId } = await control.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
      return openCdpPage(`ws://${origin}/devtools/page/${targetId}`, viewport, async () => {
        await control.send('Target.closeTarget', { targetId });
        await control.send('Target.disposeBrowserContext', { browserContextId });
      });
    },
    async close() {
      await control.send('Browser.close').catch(() => {});
      control.close();
      stop();
    },
  };
}
