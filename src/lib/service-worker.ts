/**
 * Build-time inputs of the service worker (src/service-worker/sw.js): which
 * built files it precaches, as URLs relative to its scope (the base), and the
 * version that names its cache — a hash of those files, so any change to the
 * site (text, styles, search index) is a new cache and the old one goes.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { LEGACY_STYLESHEET } from './legacy/name.ts';

/**
 * Not needed to read or search offline: host and crawler files, the social image, the worker itself, and
 * the stylesheet only engines without cascade layers load (the worker keeps it once such an engine reads it).
 */
const SKIPPED = [/^_headers$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^og-image\./, /^sw\.js$/];
const isSkipped = (file: string) => file === LEGACY_STYLESHEET || SKIPPED.some((pattern) => pattern.test(file));

/**
 * Scope-relative URL of each built file to precache; `steps/index.html` is
 * fetched as `steps/`. The pages of `readOnVisit` (sections beside the guide),
 * their QR sheets and their search fragments (`fragmentPages`: fragment file →
 * page) are left to the worker's runtime cache, so a site of a thousand
 * articles does not make every first visit download all of them.
 */
export function precacheUrls(files: readonly string[], readOnVisit: readonly string[] = [], fragmentPages: ReadonlyMap<string, string> = new Map()): string[] {
  const onVisit = new Set(readOnVisit);
  // `extra/index.html`, `qr/extra.svg` (the page's QR sheet), its Pagefind fragment → `extra`.
  const pageOf = (file: string) => {
    const match = /^([^/]+)\/index\.html$|^qr\/([^/]+)\.svg$/.exec(file);
    return match?.[1] ?? match?.[2] ?? fragmentPages.get(file) ?? '';
  };
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !isSkipped(file))
    .filter((file) => !onVisit.has(pageOf(file)))
    .map((file) => (file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}

/** Pagefind writes each file gzipped, starting with this signature once unzipped. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** The page a Pagefind fragment file belongs to, as a slug: `{"url":"/extra-0001/"…}` → `extra-0001`. */
export function fragmentPage(bytes: Uint8Array): string {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error('not a Pagefind fragment: its signature is missing (did the pinned Pagefind version change?)');
  const { url } = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url?: unknown };
  if (typeof url !== 'string') throw new Error('a Pagefind fragment without a url');
  return new URL(url, 'http://localhost/').pathname.replace(/^\/+|\/+$/g, '');
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
