import { connectCdp, type CdpClient } from './cdp';
import { PROBE_SOURCE, readProbe } from './probe';
import type { EnginePage, Key, Viewport } from './types';

/** Phone widths get a phone: mobile viewport, touch, two device pixels per CSS pixel. */
const PHONE_MAX_WIDTH = 600;

const KEYS: Record<Key, { key: string; code: string; windowsVirtualKeyCode: number; text?: string }> = {
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
  Escape: { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 },
  Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 },
  '/': { key: '/', code: 'Slash', windowsVirtualKeyCode: 191, text: '/' },
};

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/** Centre of the first match, scrolled into view; runs in the page. */
function centreOf(selector: string) {
  const element = document.querySelector(selector);
  if (!element) return null;
  // Instant whatever the page's scroll-behavior: the point is read right after.
  element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * An EnginePage over the DevTools protocol (cdp.ts), for the old Chromium builds:
 * chromium-106/92 from @sparticuz/chromium and QtWebEngine's 102/87.
 * The probe is installed with Page.addScriptToEvaluateOnNewDocument, which runs
 * before the document's own scripts, as the other adapters' init scripts do.
 */
export async function openCdpPage(targetUrl: string, viewport: Viewport, onClose: (client: CdpClient) => Promise<void>): Promise<EnginePage> {
  const client = await connectCdp(targetUrl);
  let touch = false;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await client.send<EvaluateResult>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  const setViewport = async ({ width, height }: Viewport) => {
    touch = width <= PHONE_MAX_WIDTH;
    await client.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: touch ? 2 : 1, mobile: touch });
    await client.send('Emulation.setTouchEmulationEnabled', { enabled: touch, maxTouchPoints: touch ? 1 : 0 });
  };
  const key = async (definition: (typeof KEYS)[Key]) => {
    await client.send('Input.dispatchKeyEvent', { type: definition.text ? 'keyDown' : 'rawKeyDown', ...definition });
    await client.send('Input.dispatchKeyEvent', { type: 'keyUp', ...definition });
  };

  await client.send('Page.enable');
  await client.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE_SOURCE });
  // Headless old Chromium never finishes a smooth scroll (no frames are drawn), and the page scrolls smoothly
  // unless the reader asks for less motion: ask, so a scroll lands before the next tap is aimed.
  await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] }).catch(() => {}); // where the engine knows it
  await setViewport(viewport);

  return {
    async goto(url) {
      const loaded = client.once('Page.loadEventFired');
      loaded.catch(() => {}); // not awaited when the navigation stays in the document
      const { errorText, loaderId } = await client.send<{ errorText?: string; loaderId?: string }>('Page.navigate', { url });
      if (errorText) throw new Error(`navigation to ${url} failed: ${errorText}`);
      if (loaderId) await loaded; // no loaderId: only the fragment changed, no new document
    },
    evaluate: (fn, arg) => evaluate(`(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`),
    async click(selector) {
      const point = await evaluate<{ x: number; y: number } | null>(`(${centreOf.toString()})(${JSON.stringify(selector)})`);
      if (!point) throw new Error(`click: no element matches ${selector}`);
      if (touch) {
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } else {
        await client.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...point });
        await client.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...point, button: 'left', clickCount: 1 });
        await client.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...point, button: 'left', clickCount: 1 });
      }
    },
    async type(text) {
      for (const character of text) await key({ key: character, code: '', windowsVirtualKeyCode: 0, text: character });
    },
    press: (name) => key(KEYS[name]),
    setViewport,
    screenshot: async () => Buffer.from((await client.send<{ data: string }>('Page.captureScreenshot', { format: 'png' })).data, 'base64'),
    consoleErrors: async () => (await evaluate<ReturnType<typeof readProbe>>(`(${readProbe.toString()})()`)).errors,
    async close() {
      await onClose(client);
      client.close();
    },
  };
}
