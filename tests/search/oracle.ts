/**
 * An independent oracle for the site search: which pages and which heading
 * sections really contain a query, computed from the built HTML (never from
 * Pagefind's index or the engine's own matching code), and samples of the
 * guide's text to ask it. Plain Node, like node-engine.ts.
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { builtHtmlFiles } from '../../src/integrations/link-check.ts';
import { createRandom } from '../support/random.ts';

/**
 * Lenient oracle folding, written independently of src/lib/search/normalise.ts:
 * width and case folded, all spaces and punctuation dropped. Anything the
 * engine may match (it is stricter about sentence punctuation) matches here.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, ' ')
    .replace(/(?<![a-z0-9]) | (?![a-z0-9])/g, '');
}

export interface OracleBlock {
  text: string;
  /** Id of the heading the block sits under; null before the first heading. */
  section: string | null;
}

export interface OraclePage {
  /** Site path without the base: `/steps/`. */
  path: string;
  blocks: OracleBlock[];
  /** Folded text of the whole page and, for each block, where it starts in it. */
  folded: string;
  offsets: number[];
}

const BLOCK = /^(P|LI|DT|DD|H[1-6]|SUMMARY|BLOCKQUOTE|FIGCAPTION|PRE|TD|TH|DIV|SECTION|HEADER|FOOTER|ARTICLE|MAIN)$/;

/** Blocks of text a reader sees in the indexed part of a page, each under its heading. */
export function readPage(html: string, sitePath: string): OraclePage | null {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return null;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], script, style')) ignored.remove();
  const blocks: OracleBlock[] = [];
  let section: string | null = null;
  let current = '';
  const flush = () => {
    if (current.trim()) blocks.push({ text: current.replace(/\s+/g, ' ').trim(), section });
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const block = BLOCK.test(element.tagName);
    if (block) flush();
    if (/^H[2-6]$/.test(element.tagName) && element.id) section = element.id;
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(body);
  flush();
  let folded = '';
  const offsets: number[] = [];
  for (const block of blocks) {
    const text = fold(block.text);
    // Blocks meet without a separator, except that two words never merge.
    if (/[a-z0-9]$/.test(folded) && /^[a-z0-9]/.test(text)) folded += ' ';
    offsets.push(folded.length);
    folded += text;
  }
  return { path: sitePath, blocks, folded, offsets };
}

/** Every indexed page of a build directory, read from its HTML. */
export function readSite(outDir: string): OraclePage[] {
  return builtHtmlFiles(outDir)
    .map(([sitePath, file]) => readPage(fs.readFileSync(file, 'utf8'), sitePath))
    .filter((page): page is OraclePage => page !== null)
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Text as a reader sees it: width, case and runs of whitespace folded, nothing dropped. */
export function literal(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Sections with a block holding `query` exactly as typed: these must be found. */
export function sectionsWithLiteral(page: OraclePage, query: string): Set<string | null> {
  const needle = literal(query);
  return new Set(page.blocks.filter((block) => literal(block.text).includes(needle)).map((block) => block.section));
}

/** Sections of a page whose text holds any of the needles, leniently (see fold): the most that may be found. */
export function sectionsContaining(page: OraclePage, needles: readonly string[]): Set<string | null> {
  const found = new Set<string | null>();
  for (const needle of needles.map(fold).filter(Boolean)) {
    for (let at = page.folded.indexOf(needle); at >= 0; at = page.folded.indexOf(needle, at + 1)) {
      let block = 0;
      while (block + 1 < page.offsets.length && page.offsets[block + 1]! <= at) block++;
      found.add(page.blocks[block]!.section);
    }
  }
  return found;
}

export interface Sample {
  query: string;
  /** Page the query was drawn from. */
  from: string;
}

/**
 * A deterministic sample of substrings, 2–6 characters long, with at least
 * one Han character, drawn evenly from every page's blocks as a reader sees
 * them (so they may cross inline markup, spaces and punctuation).
 */
export function sampleSubstrings(pages: readonly OraclePage[], perPage: number, seed: number): Sample[] {
  const random = createRandom(seed);
  const samples: Sample[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    const blocks = page.blocks.map((block) => [...block.text]).filter((chars) => chars.length >= 2);
    for (let attempt = 0; seen.size < perPage && attempt < perPage * 50; attempt++) {
      const chars = blocks[Math.floor(random() * blocks.length)]!;
      const length = 2 + Math.floor(random() * 5);
      if (chars.length < length) continue;
      const start = Math.floor(random() * (chars.length - length + 1));
      const query = chars.slice(start, start + length).join('');
      if (!/\p{Script=Han}/u.test(query) || /^\s|\s$/.test(query) || seen.has(query)) continue;
      seen.add(query);
      samples.push({ query, from: page.path });
    }
  }
  return samples;
}

/** Site path of a result URL (base removed) and the section its anchor names. */
export function target(url: string, base: string): { path: string; section: string | null } {
  const [pathname, hash] = url.split('#') as [string, string | undefined];
  if (!pathname.startsWith(base)) throw new Error(`${url} is outside the base ${base}`);
  return { path: `/${pathname.slice(base.length)}`, section: hash ? decodeURIComponent(hash) : null };
}
