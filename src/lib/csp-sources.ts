/**
 * What a Content-Security-Policy allows a page to load, read from the policy
 * text itself (src/lib/csp.ts), so a build check and readers' browsers agree:
 * the source list that governs a kind of load, with the CSP's fallbacks, and
 * whether a URL matches it (https://www.w3.org/TR/CSP3/#match-url-to-source-list).
 */

/** Fetch directives by kind of load, most specific first; `default-src` is the last fallback of each. */
const FALLBACKS = {
  image: ['img-src'],
  media: ['media-src'],
  frame: ['frame-src', 'child-src'],
  object: ['object-src'],
  script: ['script-src-elem', 'script-src'],
  style: ['style-src-elem', 'style-src'],
  font: ['font-src'],
} as const;

export type LoadKind = keyof typeof FALLBACKS;

/** The directive that governs a kind of load in this policy and its sources; no directive at all allows everything. */
export function governingSources(policy: string, kind: LoadKind): { directive: string; sources: string[] } | null {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  for (const directive of [...FALLBACKS[kind], 'default-src']) {
    const sources = directives.get(directive);
    if (sources) return { directive, sources };
  }
  return null;
}

/** Whether one host-source (`https://cdn.example.org`, `*.example.org:8443/media/`) matches a URL. */
function matchesHostSource(source: string, url: URL, self: URL): boolean {
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
  if (!match) return false;
  const [, scheme, host, port, path] = match;
  const wanted = (scheme ?? self.protocol.slice(0, -1)).toLowerCase();
  // An http source also allows the same host over https (the CSP's upgrade rule).
  if (url.protocol !== `${wanted}:` && !(wanted === 'http' && url.protocol === 'https:')) return false;
  const hostname = url.hostname.toLowerCase();
  const pattern = host!.toLowerCase();
  if (pattern !== '*' && (pattern.startsWith('*.') ? !hostname.endsWith(pattern.slice(1)) : hostname !== pattern)) return false;
  if (port && port !== '*' && (url.port || (url.protocol === 'https:' ? '443' : '80')) !== port) return false;
  if (path && path !== '/') return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
  return true;
}

/**
 * Whether a source list lets the page at `self` (the site's origin) load `href`;
 * a relative href is resolved against it. Nonces, hashes and the other keywords
 * speak of inline code, not of URLs, and match none.
 */
export function sourcesAllow(sources: readonly string[], href: string, self: string): boolean {
  const selfUrl = new URL(self);
  let url: URL;
  try {
    url = new URL(href, selfUrl);
  } catch {
    return false;
  }
  return sources.some((source) => {
    const lower = source.toLowerCase();
    if (lower === "'self'") return url.origin === selfUrl.origin || (selfUrl.protocol === 'http:' && url.protocol === 'https:' && url.host === selfUrl.host);
    if (lower === '*') return /^(?:https?|wss?|ftp):$/.test(url.protocol) || url.protocol === selfUrl.protocol;
    if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return url.protocol === lower || (lower === 'http:' && url.protocol === 'https:');
    if (lower.startsWith("'")) return false;
    return matchesHostSource(source, url, selfUrl);
  });
}
