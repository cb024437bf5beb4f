/**
 * Where the built site will live: `site` (origin, for canonical, Open Graph and
 * sitemap URLs) and `base` (the sub-path). Read from the environment once, in
 * astro.config.mjs. Pure: `env` is passed in.
 */
import { normaliseBase } from './urls.ts';

export interface Deployment {
  site: string;
  base: string;
  /** Which variable gave the site URL, for the build log. */
  source: string;
  /** Set when no URL was found: canonical URLs then point at localhost. */
  warning?: string;
}

/** A deployment variable that would make wrong URLs: what is wrong, naming the variable, and how to fix it. */
export class DeploymentError extends Error {
  readonly what: string;
  readonly fix: string;
  constructor(what: string, fix: string) {
    super(`${what}\n    Fix: ${fix}`);
    this.what = what;
    this.fix = fix;
  }
}

/** What a path segment of the base may hold: characters that need no encoding in a URL. */
const PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * A normalised base path must go into every link as it is: a character a URL
 * path cannot carry unencoded (a space, 中文, `?`, `%`) or a `.`/`..` segment
 * would break links, canonical URLs and the sitemap. Stops the build naming
 * the variable (`shown` as the editor wrote it) and a path that works.
 */
function checkBasePath(base: string, variable: string, shown: string, example: (path: string) => string): string {
  const segments = base.split('/').filter(Boolean);
  const unsafe = segments.filter((segment) => !PATH_SEGMENT.test(segment) || /^\.\.?$/.test(segment));
  if (unsafe.length === 0) return base;
  const characters = [...new Set(unsafe.join('').replace(/[A-Za-z0-9._~-]/g, ''))].map((c) => (c === ' ' ? 'a space' : `"${c}"`));
  const why = characters.length > 0 ? `has ${characters.join(', ')}` : 'has a "." or ".." segment';
  const safe = normaliseBase(segments.map((segment) => segment.replace(/(?:%[0-9A-Fa-f]{2}|[^A-Za-z0-9._~-])+/g, '-').replace(/^[-.]+|[-.]+$/g, '')).join('/'));
  throw new DeploymentError(
    `${variable} is "${shown}": the base path ${base} ${why}, which a URL path cannot carry as it is; every link, canonical URL and sitemap entry would be broken.`,
    `name the path with Latin letters, digits, hyphens, dots or underscores, e.g. ${example(safe === '/' ? '/zhima-guide/' : safe)}.`,
  );
}

const LOCAL = 'http://localhost:4321';

/** The site URL a host announces when SITE_URL is not set, with the variable's name. */
function hostUrl(env: Record<string, string | undefined>): { url: string; base?: string; source: string } | null {
  if (env.NETLIFY === 'true' && env.URL) return { url: env.URL, source: 'URL (Netlify)' };
  if (env.CF_PAGES_URL) return { url: env.CF_PAGES_URL, source: 'CF_PAGES_URL (Cloudflare Pages)' };
  // Vercel gives the host only, without a scheme.
  if (env.VERCEL_PROJECT_PRODUCTION_URL) return { url: `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`, source: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)' };
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    // GitHub Pages: https://owner.github.io/repo/, or the root for the owner.github.io repository.
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    const host = `${owner!.toLowerCase()}.github.io`;
    return { url: `https://${host}`, base: repo!.toLowerCase() === host ? '/' : `/${repo}/`, source: 'GITHUB_REPOSITORY (GitHub Pages)' };
  }
  return null;
}

/**
 * Resolves SITE_URL and BASE. A SITE_URL with a path (`https://x.org/guide/`)
 * supplies the base unless BASE says otherwise, in which case the two must agree.
 * Bases are normalised, slashes around and doubled dropped (`zhima-guide`, `//x//`
 * → `/zhima-guide/`, `/x/`). Throws a DeploymentError naming the variable and the fix.
 */
export function resolveDeployment(env: Record<string, string | undefined>): Deployment {
  const explicit = env.SITE_URL?.trim();
  const fromHost = explicit ? null : hostUrl(env);
  const raw = explicit || fromHost?.url.trim();
  const source = explicit ? 'SITE_URL' : (fromHost?.source ?? 'default');
  const givenBase = env.BASE?.trim() ? checkBasePath(normaliseBase(env.BASE), 'BASE', env.BASE.trim(), (path) => `BASE=${path}`) : undefined;
  if (!raw) {
    return {
      site: LOCAL,
      base: givenBase ?? '/',
      source,
      warning: `SITE_URL is not set: canonical, Open Graph and sitemap URLs point at ${LOCAL}. Set SITE_URL=https://your-domain to the address readers use.`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeploymentError(`${source} is "${raw}", not an absolute URL.`, 'write it with its scheme and without spaces, e.g. SITE_URL=https://guide.example.org');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeploymentError(`${source} is "${raw}": it must start with https:// (or http://).`, 'e.g. SITE_URL=https://guide.example.org');
  }
  if (url.search || url.hash || url.username) {
    throw new DeploymentError(`${source} is "${raw}": a site URL has no ?query, #fragment or user name.`, `give only the scheme, host and optional path, without ?query, #fragment or user name, e.g. SITE_URL=${url.origin}.`);
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURI(url.pathname);
  } catch {
    throw new DeploymentError(`${source} is "${raw}": its path has a "%" that does not start an encoded character.`, `write the path with Latin letters, digits and hyphens, e.g. SITE_URL=${url.origin}/zhima-guide/`);
  }
  const urlPath = checkBasePath(normaliseBase(decodedPath), source, raw, (path) => `SITE_URL=${url.origin}${path}`);
  const hostBase = fromHost?.base;
  if (givenBase && urlPath !== '/' && givenBase !== urlPath) {
    throw new DeploymentError(
      `SITE_URL has the path ${urlPath} but BASE is ${givenBase}. SITE_URL is the address of the site, BASE the sub-path it is served under.`,
      `set SITE_URL to the origin only (${url.origin}) and BASE=${givenBase}, or drop BASE.`,
    );
  }
  return { site: url.origin, base: givenBase ?? (urlPath !== '/' ? urlPath : (hostBase ?? '/')), source };
}
