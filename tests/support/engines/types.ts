/**
 * One small driver interface over browser engines, so each e2e check is written
 * once and run in Chromium, Firefox and WebKit (tests/e2e/engines.test.ts), and in
 * the old engines readers in China still have (tests/e2e/old-engines.test.ts).
 * Adapters: chromium.ts (playwright-core), firefox.ts (puppeteer-core over
 * WebDriver BiDi), webkit.ts and wpe.ts (selenium-webdriver, selenium.ts), and
 * cdp-page.ts (raw DevTools) for old-chromium.ts and qtwebengine.ts.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';
/** Old engines, named by Chromium major or WebKit release (see OLD_ENGINE_NAMES in index.ts). */
export type OldEngineName = 'chromium-106' | 'qt6-102' | 'chromium-92' | 'qt5-87' | 'wpe-2.38';

export interface Viewport {
  width: number;
  height: number;
}

/** Keys the checks press; each adapter maps them to its own key names. */
export type Key = 'Enter' | 'Escape' | 'Tab' | '/';

/** One browser window with a fresh profile. Every method acts on the page currently shown. */
export interface EnginePage {
  /** Navigates and resolves once the page has loaded (`readyState` complete: its scripts have run). */
  goto(url: string): Promise<void>;
  /** Runs a function in the page (serialized: it sees only its argument, not the test's scope). */
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<Awaited<T>>;
  /** A pointer click (mouse or tap) at the centre of the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  setViewport(viewport: Viewport): Promise<void>;
  /** PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** Errors the current document has reported so far (see probe.ts). */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName | OldEngineName;
  open(viewport: Viewport): Promise<EnginePage>;
  close(): Promise<void>;
}
