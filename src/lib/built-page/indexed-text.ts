import type { IndexedText } from '../search/build-data.ts';
import type { Collector } from './collector.ts';

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
 * The text of a page's `data-pagefind-body` elements minus `data-pagefind-ignore`,
 * one block per line, and its headings — what Pagefind indexes, for the search
 * tables. Null when the page has no body (Pagefind skips it: /, /guide/, /404/).
 */
export function indexedText(): Collector<IndexedText | null> {
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

  return {
    open(name, attributes) {
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
    text(text) {
      if (visible()) addText(text);
    },
    close() {
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
    result: () => (bodies.length === 0 ? null : { text: bodies.join('\n'), headings }),
  };
}
