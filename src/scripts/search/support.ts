/**
 * Whether this engine can run the search. Pagefind 1.6's WebAssembly declares two tables (reference
 * types), which engines before Chromium 96 and iOS 15.1 refuse to compile, and the dialog needs
 * `showModal` (iOS 15.4). Where either is missing the header's search button stays a link to
 * /search/, which says so and lists the sections and steps (src/pages/search.astro).
 */
/** The smallest module with two function tables: `\0asm`, version 1, a table section of two funcref tables. */
const TWO_TABLES = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 4, 7, 2, 112, 0, 0, 112, 0, 0]);

export const canRunSearch = (): boolean => typeof WebAssembly === 'object' && WebAssembly.validate(TWO_TABLES);

export const canOpenDialog = (): boolean => typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype;
