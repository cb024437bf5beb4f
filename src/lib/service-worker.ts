/**
 * Build-time inputs of the service worker (src/service-worker/sw.js): which
 * built files it precaches, as URLs relative to its scope (the base), and the
 * version that names its cache — a hash of those files, so any change to the
 * site (text, styles, search index) is a new cache and the old one goes.
 */
import { createHash } from 'node:crypto';

/** Not needed to read or search offline: host and crawler files, the social image, the worker itself. */
const SKIPPED = [/^_headers$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^og-image\./, /^sw\.js$/];

/**
 * Scope-relative URL of each built file to precache; `steps/index.html` is
 * fetched as `steps/`. The pages of `readOnVisit` (sections beside the guide)
 * and their QR codes are left to the worker's runtime cache, so a site of a
 * thousand articles does not make every first visit download all of them.
 */
export function precacheUrls(files: readonly string[], readOnVisit: readonly string[] = []): string[] {
  const onVisit = new Set(readOnVisit);
  // `extra/index.html`, `qr/extra.svg` (the page's QR sheet) → `extra`.
  const pageOf = (file: string) => {
    const match = /^([^/]+)\/index\.html$|^qr\/([^/]+)\.svg$/.exec(file);
    return match?.[1] ?? match?.[2] ?? '';
  };
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !SKIPPED.some((pattern) => pattern.test(file)))
    .filter((file) => !onVisit.has(pageOf(file)))
    .map((file) => (file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}

/** A short hash of the precached files' paths and bytes. */
export function cacheVersion(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) hash.update(file.path).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** The worker's source with this build's version and file list filled in; a template without the placeholders is a mistake. */
export function fillWorker(template: string, version: string, urls: readonly string[]): string {
  for (const placeholder of ['__VERSION__', '__PRECACHE__']) {
    if (!template.includes(placeholder)) throw new Error(`src/service-worker/sw.js: the placeholder ${placeholder} is missing; the build fills it in.`);
  }
  return template.replace("'__VERSION__'", JSON.stringify(version)).replace("['__PRECACHE__']", JSON.stringify(urls));
}
