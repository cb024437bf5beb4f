/**
 * One streaming parse of a built HTML page yields everything the post-build
 * steps need: its ids and links (link checker) and the text Pagefind indexes
 * (search tables). Parsing once with htmlparser2's tokenizer, without building
 * a DOM, is what keeps the post-build pass proportional to the output (see the
 * parser comparison in the README).
 */
import { Parser } from 'htmlparser2';
import type { BuiltPage } from './link-check.ts';
import type { IndexedText } from './search/build-data.ts';

export interface ParsedPage extends BuiltPage {
  /** The indexed text, or null when the page has no `data-pagefind-body` (Pagefind skips it: /, /guide/, /404/). */
  indexed: IndexedText | null;
}

/** Elements that end a line of indexed text, as a reader sees it. */
const BLOCKS = new Set(
  'p li dt dd h1 h2 h3 h4 h5 h6 summary blockquote figcaption pre td th tr div section header footer'.split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never indexed: what Pagefind itself drops, plus what the site marks `data-pagefind-ignore`. */
const UNINDEXED = new Set(['script', 'style', 'noscript', 'template']);

interface OpenElement {
  body: boolean;
  ignored: boolean;
  block: boolean;
  heading: boolean;
}

/**
 * Reads a built page: ids of every element, every `href`/`src` it links to
 * (alternate-language `<link>`s excepted), and the text of its
 * `data-pagefind-body` elements minus `data-pagefind-ignore`, one block per line.
 */
export function parseBuiltPage(html: string, sitePath: string): ParsedPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const open: OpenElement[] = [];
  const bodies: string[] = [];
  const headings: string[] = [];
  let bodyDepth = 0;
  let ignoredDepth = 0;
  let headingText: string | null = null;
  const visible = () => bodyDepth > 0 && ignoredDepth === 0;
  const addText = (text: string) => {
    bodies[bodies.length - 1] += text;
    if (headingText !== null) headingText += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) ids.add(attributes['id']);
        if (attributes['href'] !== undefined && (name === 'a' || (name === 'link' && attributes['rel'] !== 'alternate'))) {
          links.push(attributes['href']);
        }
        if (attributes['src'] !== undefined && (name === 'img' || name === 'script')) links.push(attributes['src']);
        const element: OpenElement = {
          body: attributes['data-pagefind-body'] !== undefined && bodyDepth === 0,
          ignored: attributes['data-pagefind-ignore'] !== undefined || UNINDEXED.has(name),
          block: BLOCKS.has(name),
          heading: HEADINGS.has(name),
        };
        if (element.body) {
          bodyDepth++;
          bodies.push('');
        } else if (bodyDepth > 0) bodyDepth++;
        if (element.ignored) ignoredDepth++;
        if (element.heading && visible() && headingText === null) headingText = '';
        open.push(element);
      },
      ontext(text) {
        if (visible()) addText(text);
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        if (visible()) {
          if (element.block && !element.body) addText('\n');
          if (element.heading && headingText !== null) {
            headings.push(headingText.trim());
            headingText = null;
          }
        }
        if (bodyDepth > 0) bodyDepth--;
        if (element.ignored) ignoredDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const indexed = bodies.length === 0 ? null : { text: bodies.join('\n'), headings };
  return { path: sitePath, ids, links, indexed };
}
