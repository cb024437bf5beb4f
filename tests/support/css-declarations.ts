/** A declaration of a stylesheet, as written: `property: value`. */
export interface Declaration {
  property: string;
  value: string;
  /** Which block (rule body) it is in: declarations of one block are alternatives for each other. */
  block: number;
}

/** At-rules whose blocks hold descriptors, not properties (CSS.supports does not know them). */
const DESCRIPTOR_BLOCKS = /^@(property|font-face|page|counter-style|font-feature-values)\b/;

/**
 * The property declarations of a (minified or not) stylesheet, nesting included,
 * to ask an engine which it would drop. Left out: custom properties (any value
 * parses), descriptors, and everything inside `@supports`, which is guarded
 * on purpose. Strings and url() are kept whole; comments are removed.
 */
export function cssDeclarations(css: string): Declaration[] {
  const declarations: Declaration[] = [];
  const stack: { skip: boolean; block: number }[] = [];
  let blocks = 0;
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let piece = '';
  const flush = () => {
    const text = piece.trim();
    piece = '';
    if (!text || text.startsWith('@') || stack.at(-1)?.skip) return;
    const colon = text.indexOf(':');
    const property = text.slice(0, colon).trim();
    if (colon < 0 || property.startsWith('--')) return;
    declarations.push({ property, value: text.slice(colon + 1).trim().replace(/\s*!important$/, ''), block: stack.at(-1)?.block ?? -1 });
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '"' || char === "'") {
      const end = source.indexOf(char, i + 1);
      piece += source.slice(i, end + 1);
      i = end;
    } else if (char === '(') {
      // Parentheses (url(), calc(), :is()) can hold ; { } inside strings or data URLs: keep them whole.
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        if (source[j] === '(') depth++;
        else if (source[j] === ')' && --depth === 0) break;
      }
      piece += source.slice(i, j + 1);
      i = j;
    } else if (char === ';') {
      flush();
    } else if (char === '{') {
      const prelude = piece.trim();
      piece = '';
      stack.push({ block: blocks++, skip: (stack.at(-1)?.skip ?? false) || prelude.startsWith('@supports') || DESCRIPTOR_BLOCKS.test(prelude) });
    } else if (char === '}') {
      flush();
      stack.pop();
    } else {
      piece += char;
    }
  }
  return declarations;
}

const VENDOR = /^-(webkit|moz)-/;

/**
 * The declarations an engine must keep, grouped with their fallbacks: for each
 * unprefixed property of a block, that declaration and its `-webkit-`/`-moz-`
 * twins in the same block (an engine that keeps any of them is fine). Vendor
 * properties without an unprefixed twin are one engine's hint and left out.
 */
export function declarationGroups(css: string): Declaration[][] {
  const groups = new Map<string, Declaration[]>();
  for (const declaration of cssDeclarations(css)) {
    const key = `${declaration.block}:${declaration.property.replace(VENDOR, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), declaration]);
  }
  return [...groups.values()].filter((group) => group.some((d) => !VENDOR.test(d.property)));
}
