/**
 * Reading a content file the way an editor wrote it: bytes to text (UTF-8
 * only) and the YAML frontmatter with line numbers, before Astro parses it.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

export interface SourceFile {
  file: string;
  text: string;
  /** Frontmatter values as written: YAML 1.2 core schema, so dates stay text. */
  data: Record<string, unknown>;
  /** The line each top-level frontmatter key is on. */
  keyLines: Map<string, number>;
  /** The line the body (after the closing `---`) starts on. */
  bodyLine: number;
  body: string;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Decodes UTF-8 strictly; a file saved as GBK or UTF-16 is named with the line of its first bad byte. */
export function decodeUtf8(file: string, bytes: Uint8Array): string | Problem {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let valid = bytes.length;
    // Find the first byte that does not decode (lines are counted up to it).
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      } catch {
        valid = end - 1;
        break;
      }
    }
    const line = bytes.subarray(0, valid).filter((byte) => byte === 0x0a).length + 1;
    return {
      file,
      line,
      what: 'the file is not UTF-8 text (it was probably saved as GBK, GB 18030 or UTF-16).',
      fix: 'save it again with the encoding "UTF-8" in your editor.',
    };
  }
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The last parse of each file: the build reads every section's frontmatter several times (config, guards, checks). */
const parsed = new Map<string, { text: string; source: SourceFile | Problem }>();

/** Splits and parses the frontmatter; YAML errors point at the file's own line. The result is shared: read it, do not change it. */
export function parseSource(file: string, text: string): SourceFile | Problem {
  const last = parsed.get(file);
  if (last?.text === text) return last.source;
  const source = parseFrontmatter(file, text);
  parsed.set(file, { text, source });
  return source;
}

function parseFrontmatter(file: string, text: string): SourceFile | Problem {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { file, line: 1, what: 'the file does not start with a frontmatter block between two `---` lines.', fix: 'start the file with `---`, the fields (title, navTitle, description, order, published, updated), then `---`.' };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1]!, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    // +1: the YAML starts on the line after the opening `---`.
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    return { file, line, what: `the frontmatter is not valid YAML: ${firstError.message.split('\n')[0]}`, fix: 'write each field as `name: value` on its own line; quote a value that contains `: ` or starts with a symbol.' };
  }
  const data = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { file, line: 2, what: 'the frontmatter is not a list of `name: value` fields.', fix: 'write each field as `name: value` on its own line.' };
  }
  const keyLines = new Map<string, number>();
  const contents = document.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  for (const item of contents?.items ?? []) {
    if (item.key?.range) keyLines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line + 1);
  }
  const bodyStart = match[0].length;
  return { file, text, data: data as Record<string, unknown>, keyLines, bodyLine: lineAt(text, bodyStart), body: text.slice(bodyStart) };
}

/** The body's lines with code blanked out, numbered as in the file. */
export function proseLines(source: SourceFile): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | null = null;
  source.body.split('\n').forEach((raw, index) => {
    const line = source.bodyLine + index;
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    lines.push({ text: raw.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length)), line });
  });
  return lines;
}

/**
 * The body as one text with code blanked out, line for line, for markup that
 * may span lines (a JSX tag's attributes); `lineOf` turns an offset in it into the file's line.
 */
export function proseText(source: SourceFile): { text: string; lineOf: (offset: number) => number } {
  const lines = source.body.split('\n').map(() => '');
  for (const { text, line } of proseLines(source)) lines[line - source.bodyLine] = text;
  const text = lines.join('\n');
  return { text, lineOf: (offset) => source.bodyLine + lineAt(text, offset) - 1 };
}
