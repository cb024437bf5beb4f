/**
 * Installed in every page before the page's own scripts, in every engine (an
 * init script; for WPE, written into the HTML by probe-proxy.ts), since WebKit's
 * WebDriver servers offer no console log and so no engine relies on one. It
 * records the errors a reader's browser would log — uncaught errors and
 * rejections, console.error, resources that failed to load, CSP refusals — and
 * the theme set while the document was being parsed (a stored theme must be
 * there before first paint).
 */
export function probe(): void {
  const record = { errors: [] as string[], themeAtParse: null as string | null };
  Object.defineProperty(window, '__probe', { value: record });
  const describe = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  addEventListener('error', (event) => {
    const target = event.target as Element | null;
    if (target && target !== (window as unknown) && 'tagName' in target) {
      record.errors.push(`failed to load <${target.tagName.toLowerCase()}> ${(target as HTMLImageElement).src ?? (target as HTMLLinkElement).href ?? ''}`);
    } else {
      record.errors.push(`uncaught ${describe((event as ErrorEvent).error ?? (event as ErrorEvent).message)}`);
    }
  }, true);
  addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => record.errors.push(`CSP refused ${event.blockedURI || 'inline'} (${event.violatedDirective})`));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    record.errors.push(`console.error ${args.map(describe).join(' ')}`);
    consoleError(...args);
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') record.themeAtParse = document.documentElement.dataset.theme ?? '';
  });
}

/** The probe as source for engines that take a script string. */
export const PROBE_SOURCE = `(${probe.toString()})();`;

export interface ProbeRecord {
  errors: string[];
  themeAtParse: string | null;
}

/** Reads the probe's record in the page (pass to EnginePage.evaluate). */
export function readProbe(): ProbeRecord {
  return (window as unknown as { __probe: ProbeRecord }).__probe;
}
