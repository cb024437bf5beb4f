import path from 'node:path';
import { createInterface } from 'node:readline';
import { openCdpPage } from './cdp-page';
import { freePort, start, waitUntil, type Started } from './processes';
import type { Engine, EnginePage } from './types';

const BROWSER = path.join(import.meta.dirname, 'qt-browser.py');

/** Keys through qt-browser.py's stdin as Qt key events: Qt 5.15 never answers DevTools' keyboard commands. */
function qtKeyboard(browser: Started): Pick<EnginePage, 'type' | 'press'> {
  const { stdin, stdout } = browser.child;
  const answers: (() => void)[] = [];
  createInterface({ input: stdout! }).on('line', (line) => line === 'ok' && answers.shift()?.());
  const send = (command: [string, string]) =>
    new Promise<void>((resolve, reject) => {
      const failure = browser.exited();
      if (failure) return reject(new Error(`qt5-87 keyboard: ${failure}`));
      answers.push(resolve);
      stdin!.write(`${JSON.stringify(command)}\n`);
    });
  return { type: (text) => send(['text', text]), press: (key) => send(['key', key]) };
}

/**
 * Debian's QtWebEngine, a Chromium embedded in Qt: `qt6-102` (python3-pyqt6.qtwebengine,
 * Chromium 102) and `qt5-87` (python3-pyqt5.qtwebengine, Chromium 87). Qt builds have
 * no headless mode: Qt 6 renders with the `offscreen` platform, Qt 5 needs OpenGL
 * there, so it gets a private X display (xvfb-run, Mesa's software GL). The window
 * (qt-browser.py) holds one view, reached over DevTools like the other old Chromiums;
 * the page's size is then set by emulation, so the window's size hardly matters.
 */
export async function launchQtWebEngine(name: 'qt6-102' | 'qt5-87'): Promise<Engine> {
  const qt = name === 'qt6-102' ? '6' : '5';
  const port = await freePort();
  const env = {
    ...process.env,
    QTWEBENGINE_REMOTE_DEBUGGING: `127.0.0.1:${port}`,
    // As root Chromium refuses its sandbox; software compositing only.
    QTWEBENGINE_CHROMIUM_FLAGS: '--no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
    ...(qt === '6' ? { QT_QPA_PLATFORM: 'offscreen' } : {}),
  };
  const args = [BROWSER, qt, '390', '844'];
  const python = '/usr/bin/python3'; // Debian's, which has PyQt (a pyenv python3 on PATH may not)
  const browser = start(python, args, qt === '6' ? { env } : { env, xvfb: true, pipes: true });
  const pageUrl = await waitUntil(`${name} (${python} ${BROWSER} ${qt})`, browser, async () => {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { type: string; webSocketDebuggerUrl: string }[];
    return targets.find((target) => target.type === 'page')?.webSocketDebuggerUrl;
  });
  let opened = false;
  return {
    name,
    async open(viewport) {
      if (opened) throw new Error(`${name}: qt-browser.py holds one view; close the engine to open another page`);
      opened = true;
      const page = await openCdpPage(pageUrl, viewport, async () => {});
      return qt === '6' ? page : { ...page, ...qtKeyboard(browser) };
    },
    close: async () => browser.stop(),
  };
}
