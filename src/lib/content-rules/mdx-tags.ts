/**
 * The JSX and HTML tags of an MDX body as written, outside code, with their
 * attributes and lines: what the rules on components and on loads read.
 * A small scanner, not an MDX parser: it reads a tag's attributes across
 * lines, quotes and `{…}` expressions included, and keeps the literal values.
 */
import { proseLines, proseText, type SourceFile } from './source.ts';

export interface Attribute {
  name: string;
  /** The value when written as a literal (`"x"`, `{9}`, `{'x'}`, a bare name is `true`); undefined for any other expression. */
  value: string | number | boolean | undefined;
}

export interface Tag {
  name: string;
  attributes: Attribute[];
  /** `{...props}`: the attributes are not all known. */
  spread: boolean;
  selfClosing: boolean;
  /** Offsets of `<` and just after `>` in the body's prose text (see proseText). */
  start: number;
  end: number;
  line: number;
}

/** The offset just after the `}` closing the `{` at `start`, skipping strings; -1 when it never closes. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"' || char === "'" || char === '`') {
      const close = text.indexOf(char, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * A literal written in braces (`9`, `-1.5`, `'x'`, `"x"`, true, false), else undefined.
 * (Template literals arrive blanked: proseText reads backticks as inline code.)
 */
function literal(expression: string): string | number | boolean | undefined {
  const text = expression.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  const quoted = /^(["'])([^]*)\1$/.exec(text);
  return quoted && !quoted[2]!.includes(quoted[1]!) ? quoted[2] : undefined;
}

/** Reads the attributes after a tag name, up to its `>`; null when the tag does not close. */
function readAttributes(text: string, from: number): { attributes: Attribute[]; spread: boolean; selfClosing: boolean; end: number } | null {
  const attributes: Attribute[] = [];
  let spread = false;
  let i = from;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('/>', i)) return { attributes, spread, selfClosing: true, end: i + 2 };
    if (text[i] === '>') return { attributes, spread, selfClosing: false, end: i + 1 };
    if (text[i] === '{') {
      const close = closingBrace(text, i);
      if (close < 0) return null;
      spread = true;
      i = close;
      continue;
    }
    const name = /^[^\s=/>{]+/.exec(text.slice(i))?.[0];
    if (!name) return null;
    i += name.length;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') {
      attributes.push({ name, value: true });
      continue;
    }
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return null;
      attributes.push({ name, value: text.slice(i + 1, close) });
      i = close + 1;
    } else if (quote === '{') {
      const close = closingBrace(text, i);
      if (close < 0) return null;
      attributes.push({ name, value: literal(text.slice(i + 1, close - 1)) });
      i = close;
    } else return null;
  }
  return null;
}

/** Every opening tag of the body outside code, in order. */
export function mdxTags(source: SourceFile): Tag[] {
  const { text, lineOf } = proseText(source);
  const tags: Tag[] = [];
  for (const match of text.matchAll(/<([A-Za-z][\w.:-]*)/g)) {
    const rest = readAttributes(text, match.index + match[0].length);
    if (rest) tags.push({ name: match[1]!, ...rest, start: match.index, line: lineOf(match.index) });
  }
  return tags;
}

/** The value of an attribute, when the tag has it. */
export function attribute(tag: Tag, name: string): Attribute['value'] {
  return tag.attributes.find((candidate) => candidate.name.toLowerCase() === name)?.value;
}

/** Components the file imports, by the name it binds, with the path it imports them from. */
export function importedComponents(source: SourceFile): Map<string, string> {
  const imports = new Map<string, string>();
  for (const { text } of proseLines(source)) {
    const match = /^import\s+(.+?)\s+from\s+(['"])(.+?)\2/.exec(text);
    if (!match) continue;
    for (const name of match[1]!.replace(/[{}]/g, ',').split(',')) {
      const bound = name.trim().split(/\s+as\s+/).pop()?.trim();
      if (bound && bound !== '*') imports.set(bound.replace(/^\*\s+as\s+/, ''), match[3]!);
    }
  }
  return imports;
}
