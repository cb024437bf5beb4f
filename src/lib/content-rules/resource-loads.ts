/**
 * What the Content-Security-Policy blocks does not ship: every URL a section
 * makes the browser load — Markdown images, and in JSX/HTML images, media,
 * frames, objects, scripts, stylesheets and fonts — is checked against the
 * policy the pages send (src/lib/security-headers.ts), so an image from another
 * site is named at its line instead of showing readers an empty box. Links
 * (`<a href>`, Markdown links) are not loads and may go anywhere.
 */
import { governingSources, sourcesAllow, type LoadKind } from '../csp-sources.ts';
import { attribute, mdxTags, type Tag } from './mdx-tags.ts';
import type { Problem } from './problem.ts';
import { proseLines, proseText, type SourceFile } from './source.ts';

interface Load {
  kind: LoadKind;
  /** What the reader would miss: "image", "embedded page"… */
  what: string;
  url: string;
  line: number;
}

type LoadAttribute = { attribute: string; kind: LoadKind; what: string };

/** The attributes that load something, by element (https://www.w3.org/TR/CSP3/#directive-fetch-directives). */
const ELEMENT_LOADS: Record<string, LoadAttribute[]> = {
  img: [
    { attribute: 'src', kind: 'image', what: 'image' },
    { attribute: 'srcset', kind: 'image', what: 'image' },
  ],
  video: [
    { attribute: 'src', kind: 'media', what: 'video' },
    { attribute: 'poster', kind: 'image', what: 'poster image' },
  ],
  audio: [{ attribute: 'src', kind: 'media', what: 'audio' }],
  track: [{ attribute: 'src', kind: 'media', what: 'text track' }],
  iframe: [{ attribute: 'src', kind: 'frame', what: 'embedded page' }],
  object: [{ attribute: 'data', kind: 'object', what: 'embedded object' }],
  embed: [{ attribute: 'src', kind: 'object', what: 'embedded object' }],
  script: [{ attribute: 'src', kind: 'script', what: 'script' }],
};

/** `<link>` loads by rel (and, for preloads, by `as`). */
const LINK_LOADS: Record<string, LoadAttribute> = {
  stylesheet: { attribute: 'href', kind: 'style', what: 'stylesheet' },
  font: { attribute: 'href', kind: 'font', what: 'font' },
  image: { attribute: 'href', kind: 'image', what: 'image' },
  script: { attribute: 'href', kind: 'script', what: 'script' },
  style: { attribute: 'href', kind: 'style', what: 'stylesheet' },
};

/** A `<source>` loads an image inside `<picture>`, media inside `<video>` or `<audio>`. */
function sourceLoads(text: string, tag: Tag): LoadAttribute[] {
  const before = text.slice(0, tag.start);
  /** Where the last `<name` still open before the tag starts, or -1. */
  const openAt = (name: string) => {
    const open = before.lastIndexOf(`<${name}`);
    return open > before.lastIndexOf(`</${name}`) ? open : -1;
  };
  return openAt('picture') > Math.max(openAt('video'), openAt('audio'))
    ? [{ attribute: 'srcset', kind: 'image', what: 'image' }, { attribute: 'src', kind: 'image', what: 'image' }]
    : [{ attribute: 'src', kind: 'media', what: 'media file' }];
}

function loadAttributes(text: string, tag: Tag): LoadAttribute[] {
  const name = tag.name.toLowerCase();
  if (name === 'source') return sourceLoads(text, tag);
  if (name !== 'link') return ELEMENT_LOADS[name] ?? [];
  const rel = String(attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const load = rel.includes('stylesheet') ? LINK_LOADS.stylesheet : rel.includes('preload') ? LINK_LOADS[String(attribute(tag, 'as') ?? '').toLowerCase()] : undefined;
  return load ? [load] : [];
}

/** The URLs of a srcset (`a.png 1x, b.png 2x`) or of a plain URL attribute. */
function urlsOf(name: string, value: string): string[] {
  return name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean) : [value.trim()];
}

/** Markdown images, inline (`![图](url)`) and by reference (`![图][ref]`, `![ref]`, with `[ref]: url`). */
function markdownImages(source: SourceFile): Load[] {
  const { text, lineOf } = proseText(source);
  const definitions = new Map<string, string>();
  for (const { text: line } of proseLines(source)) {
    const definition = /^\s{0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (definition) definitions.set(definition[1]!.trim().toLowerCase(), definition[2]!.replace(/^<|>$/g, ''));
  }
  const images: Load[] = [];
  for (const match of text.matchAll(/!\[([^\]]*)\](?:\(\s*(<[^>]*>|[^\s)]+)|\[([^\]]*)\]|(?![(:]))/g)) {
    const url = match[2]?.replace(/^<|>$/g, '') ?? definitions.get((match[3] || match[1]!).trim().toLowerCase());
    if (url) images.push({ kind: 'image', what: 'image', url, line: lineOf(match.index) });
  }
  return images;
}

/** Every load a section's body makes, with its line. */
export function resourceLoads(source: SourceFile): Load[] {
  const { text } = proseText(source);
  const tagLoads = mdxTags(source).flatMap((tag) =>
    loadAttributes(text, tag).flatMap(({ attribute: name, kind, what }) => {
      const value = attribute(tag, name);
      return typeof value === 'string' ? urlsOf(name, value).map((url) => ({ kind, what, url, line: tag.line })) : [];
    }),
  );
  return [...markdownImages(source), ...tagLoads].sort((a, b) => a.line - b.line);
}

/** Public folders to suggest for a file of each kind. */
const FOLDERS: Record<LoadKind, string> = { image: 'images', media: 'media', frame: 'pages', object: 'files', script: 'scripts', style: 'styles', font: 'fonts' };

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}

/** How to keep what a blocked load was for: host the file here, or link to it. */
function fixFor(load: Load, url: URL): string {
  const link = `link to it instead of embedding it: [说明](${shorten(load.url)}) (links to other sites are fine)`;
  if (load.kind === 'frame' || load.kind === 'object') return `${link}.`;
  const name = url.protocol === 'data:' ? 'file' : decodeURIComponent(url.pathname.split('/').pop() || 'file');
  const local = `save the file under public/${FOLDERS[load.kind]}/ and write its path, e.g. "/${FOLDERS[load.kind]}/${name}"`;
  return url.protocol === 'data:' ? `${local}.` : `${local}, or ${link}.`;
}

/** Loads the policy forbids, each named at its line with the directive that forbids it and how to fix it. */
export function checkResourceLoads(source: SourceFile, policy: string, site: string): Problem[] {
  return resourceLoads(source).flatMap((load) => {
    const governing = governingSources(policy, load.kind);
    if (!governing || sourcesAllow(governing.sources, load.url, site)) return [];
    const url = URL.parse(load.url, site);
    if (!url) return [{ file: source.file, line: load.line, what: `the ${load.what} "${shorten(load.url)}" is not a URL a browser can load.`, fix: 'write the path of a file under public/, e.g. "/images/step-1.png".' }];
    const where = url.origin === new URL(site).origin ? 'on this site' : /^(?:https?|wss?):$/.test(url.protocol) ? `from another site (${url.host})` : `a ${url.protocol} URL`;
    return [
      {
        file: source.file,
        line: load.line,
        what: `the ${load.what} ${shorten(load.url)} is ${where}; the Content-Security-Policy the pages send (${governing.directive} ${governing.sources.join(' ')}) blocks it, so readers would not see it.`,
        fix: fixFor(load, url),
      },
    ];
  });
}
