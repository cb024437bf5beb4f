/**
 * One streaming parse of a built HTML page yields everything the post-build
 * steps need: its ids, links and markup (content rules, link check), the text
 * Pagefind indexes (search tables), the text a reader sees (punctuation
 * check), and the page cut down to what Pagefind reads. Parsing once with htmlparser2's tokenizer, without building a DOM,
 * is what keeps the post-build pass proportional to the output (see the
 * parser comparison in the README).
 */
import { Parser } from 'htmlparser2';
import type { IndexedText } from '../search/build-data.ts';
import type { Collector } from './collector.ts';
import { indexedText } from './indexed-text.ts';
import { pageLinks, type PageLinks } from './page-links.ts';
import { pagefindHtml } from './pagefind-html.ts';
import { readerText } from './reader-text.ts';

export interface ParsedPage extends PageLinks {
  /** Site path without base, e.g. `/steps/`. */
  path: string;
  /** The indexed text, or null when the page has no `data-pagefind-body`. */
  indexed: IndexedText | null;
  /** What a reader sees or hears, one block per line. */
  readerText: string;
  /** The page cut down to what Pagefind reads (null without `data-pagefind-body`), see pagefind-html.ts. */
  pagefindHtml: string | null;
}

export function parseBuiltPage(html: string, sitePath: string): ParsedPage {
  const links = pageLinks();
  const indexed = indexedText();
  const reader = readerText();
  const forPagefind = pagefindHtml(html);
  const collectors: Collector<unknown>[] = [links, indexed, reader, forPagefind];
  const parser: Parser = new Parser(
    {
      onopentag: (name, attributes) => collectors.forEach((collector) => collector.open(name, attributes, parser.startIndex)),
      ontext: (text) => collectors.forEach((collector) => collector.text(text)),
      // An implied end falls where the tag that implies it starts.
      onclosetag: (name, implied) => collectors.forEach((collector) => collector.close(name, implied ? parser.startIndex : parser.endIndex + 1)),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { path: sitePath, ...links.result(), indexed: indexed.result(), readerText: reader.result(), pagefindHtml: forPagefind.result() };
}
