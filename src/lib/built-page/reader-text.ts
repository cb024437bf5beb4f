import type { Collector } from './collector.ts';

/** What a reader never reads as prose: code, scripts, styles. */
const NOT_PROSE = new Set('code pre kbd samp script style template noscript'.split(' '));
const BLOCKS = new Set(
  'p li h1 h2 h3 h4 h5 h6 summary div section header footer nav td th dt dd figcaption blockquote title'.split(' '),
);
/** Attributes whose values are read or heard: tooltips, alt text, labels, placeholders. */
const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

/** Every string value inside a JSON document (structured data, the web manifest). */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/**
 * The text a reader sees or hears on a page, one block per line, for the
 * punctuation check: body text and the title, then read attributes, meta
 * descriptions and the strings of structured data.
 */
export function readerText(): Collector<string> {
  const open: string[] = [];
  const extra: string[] = [];
  let prose = '';
  let hiddenDepth = 0;
  let jsonLd: string | null = null;

  return {
    open(name, attributes) {
      extra.push(...READ_ATTRIBUTES.map((attribute) => attributes[attribute] ?? '').filter(Boolean));
      if (name === 'meta' && attributes['content'] && (attributes['name'] || attributes['property'])) extra.push(attributes['content']);
      if (name === 'script' && attributes['type'] === 'application/ld+json') jsonLd = '';
      if (NOT_PROSE.has(name)) hiddenDepth++;
      open.push(name);
    },
    text(text) {
      if (jsonLd !== null) jsonLd += text;
      else if (hiddenDepth === 0) prose += text;
    },
    close() {
      const name = open.pop();
      if (name === undefined) return;
      if (NOT_PROSE.has(name)) hiddenDepth--;
      if (name === 'script' && jsonLd !== null) {
        extra.push(...jsonStrings(JSON.parse(jsonLd || 'null')));
        jsonLd = null;
      }
      if (BLOCKS.has(name) && hiddenDepth === 0) prose += '\n';
    },
    result: () => [...prose.split('\n').map((line) => line.trim()).filter(Boolean), ...extra].join('\n'),
  };
}
