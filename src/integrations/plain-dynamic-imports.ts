import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` of a client script with. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Replaces Vite's preload helper with a plain call of the import. The helper preloads a lazy chunk's
 * dependencies and CSS; here every lazy chunk (search, companion, fallbacks) needs at most the page's entry,
 * which is loaded already, and the helper was 0.7 KB gzip of the 2 KB of JavaScript allowed before
 * interaction. Should Vite rename the module, this does nothing and the budget test in
 * tests/e2e/quality.test.ts fails.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
