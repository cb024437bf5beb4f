/**
 * URL helpers that know about the deployment base (`BASE=/zhima-guide/`).
 * Every internal link in templates and content goes through `withBase`, so a
 * sub-path deployment needs no other change.
 */

/** Normalises a base to the form `/` or `/sub/path/`: no empty segments (`//x//` → `/x/`). */
export function normaliseBase(base: string): string {
  const path = base.trim().split('/').filter(Boolean).join('/');
  return path ? `/${path}/` : '/';
}

/** True for links that point inside this site by absolute path (`/steps/#step-1`). */
export function isSiteAbsolute(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * Adds the trailing slash every page URL has (`/steps#step-1` → `/steps/#step-1`),
 * so a link lands without a redirect. Paths to files (`/og-image.jpg`) are kept.
 */
export function withTrailingSlash(href: string): string {
  if (!isSiteAbsolute(href)) return href;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href)!;
  const last = path.split('/').pop()!;
  return path.endsWith('/') || last.includes('.') ? href : `${path}/${rest}`;
}

/** Prefixes a site-absolute path with the base: `withBase('/steps/', '/zhima-guide/')` → `/zhima-guide/steps/`. */
export function withBase(path: string, base: string): string {
  if (!isSiteAbsolute(path)) return path;
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** Removes the base from a pathname, the inverse of `withBase`; `null` when the path is outside the base. */
export function stripBase(pathname: string, base: string): string | null {
  const prefix = normaliseBase(base);
  if (prefix === '/') return pathname;
  if (`${pathname}/` === prefix) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : null;
}

/** The absolute URL of a site path, for canonical links, Open Graph and JSON-LD. */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** True for links that leave the site (need `rel="noopener noreferrer"`). */
export function isExternal(href: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(href);
}
