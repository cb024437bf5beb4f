import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';
import type { BuildName } from '../setup/build-site';

export { BUILDS, type BuildName } from '../setup/build-site';

export const permalinks: { pages: Record<string, string[]>; files: string[] } = JSON.parse(
  fs.readFileSync('src/data/permalinks.json', 'utf8'),
);

export function build(name: BuildName) {
  return inject('builds')[name];
}

/** The file a site path is served from, e.g. `/steps/` → `<outDir>/steps/index.html`. */
export function builtFile(name: BuildName, sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return path.join(build(name).outDir, file);
}

/** Parses a built page into a DOM document. */
export function loadPage(name: BuildName, sitePath: string): Document {
  return parseHTML(fs.readFileSync(builtFile(name, sitePath), 'utf8')).document as unknown as Document;
}

/** Visible text of an element, whitespace collapsed; skips what readers never see (scripts, screen-reader-only labels of icons). */
export function textOf(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('script, style, .heading-anchor').forEach((node) => node.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
