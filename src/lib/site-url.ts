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

export class DeploymentError extends Error {}

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
 * Throws a DeploymentError naming the variable and the fix.
 */
export function resolveDeployment(env: Record<string, string | undefined>): Deployment {
  const explicit = env.SITE_URL?.trim();
  const fromHost = explicit ? null : hostUrl(env);
  const raw = explicit || fromHost?.url;
  const source = explicit ? 'SITE_URL' : (fromHost?.source ?? 'default');
  if (!raw) {
    return {
      site: LOCAL,
      base: normaliseBase(env.BASE ?? '/'),
      source,
      warning: `SITE_URL is not set: canonical, Open Graph and sitemap URLs point at ${LOCAL}. Set SITE_URL=https://your-domain to the address readers use.`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeploymentError(`${source} is "${raw}", not an absolute URL. Write it with its scheme, e.g. SITE_URL=https://guide.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeploymentError(`${source} is "${raw}": it must start with https:// (or http://), e.g. SITE_URL=https://guide.example.org`);
  }
  if (url.search || url.hash || url.username) {
    throw new DeploymentError(`${source} is "${raw}": give only the scheme, host and optional path, without ?query, #fragment or user name.`);
  }
  const urlPath = normaliseBase(decodeURI(url.pathname));
  const givenBase = env.BASE?.trim() ? normaliseBase(env.BASE) : undefined;
  const hostBase = fromHost?.base;
  if (givenBase && urlPath !== '/' && givenBase !== urlPath) {
    throw new DeploymentError(
      `SITE_URL has the path ${urlPath} but BASE is ${givenBase}. SITE_URL is the address of the site, BASE the sub-path it is served under; ` +
        `set SITE_URL to the origin only (${url.origin}) and BASE=${givenBase}, or drop BASE.`,
    );
  }
  return { site: url.origin, base: givenBase ?? (urlPath !== '/' ? urlPath : (hostBase ?? '/')), source };
}
