import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import ts from 'typescript';
import { describeMistakes, findAsciiPunctuation, maskMdxSource } from '../lib/punctuation.ts';
import { builtHtmlFiles } from './link-check.ts';

const CONTENT_DIR = 'src/content/guide';
/** Client scripts write text the built HTML does not hold yet (search results, announcements). */
const SCRIPTS_DIR = 'src/scripts';

/** What a reader never reads as prose: code, scripts, styles. */
const NOT_PROSE = 'code, pre, kbd, samp, script, style, template, noscript';
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, summary, div, section, header, footer, nav, td, th, dt, dd, figcaption, blockquote, title';
/** Attributes whose values are read or heard: tooltips, alt text, labels, placeholders, meta descriptions. */
const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

/** Every string value inside a JSON document (structured data, the web manifest). */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The text a reader sees or hears on a built page, one block per line: body text, labels, meta text, structured data. */
export function readerText(html: string): string {
  const { document } = parseHTML(html);
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) =>
    jsonStrings(JSON.parse(script.textContent ?? 'null')),
  );
  const attributes = [...document.querySelectorAll(READ_ATTRIBUTES.map((name) => `[${name}]`).join(','))].flatMap((element) =>
    READ_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').filter(Boolean),
  );
  const meta = [...document.querySelectorAll('meta[content][name], meta[content][property]')].map((m) => m.getAttribute('content')!);
  for (const hidden of document.querySelectorAll(NOT_PROSE)) hidden.remove();
  for (const block of document.querySelectorAll(BLOCKS)) block.append('\n');
  const text = document.documentElement.textContent ?? '';
  return [...text.split('\n').map((line) => line.trim()).filter(Boolean), ...attributes, ...meta, ...jsonLd].join('\n');
}

/** Mistakes in the string literals of one TypeScript file, as file:line:column. */
export function scriptMistakes(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const errors: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      for (const m of findAsciiPunctuation(node.getText(sourceFile))) {
        // Positions inside the literal, shifted to the file's.
        const line = start.line + m.line;
        const column = m.line === 1 ? start.character + m.column : m.column;
        errors.push(...describeMistakes(file, [{ ...m, line, column }]));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return errors;
}

/** Mistakes in the guide's MDX sources and client scripts (file:line:column), else in the built pages and manifest (page and text). */
export function punctuationErrors(outDir: string, contentDir = CONTENT_DIR): string[] {
  const sources = fs.existsSync(contentDir) ? fs.readdirSync(contentDir).filter((file) => file.endsWith('.mdx')) : [];
  const inSources = sources.flatMap((file) => {
    const name = path.join(contentDir, file);
    return describeMistakes(name, findAsciiPunctuation(maskMdxSource(fs.readFileSync(name, 'utf8'))));
  });
  const scripts = fs.existsSync(SCRIPTS_DIR)
    ? fs.readdirSync(SCRIPTS_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    : [];
  inSources.push(...scripts.flatMap((file) => scriptMistakes(path.join(SCRIPTS_DIR, file), fs.readFileSync(path.join(SCRIPTS_DIR, file), 'utf8'))));
  // Whatever the sources do not explain was written in a template, a component or src/config.ts.
  const built = builtHtmlFiles(outDir).map(([sitePath, file]) => [`built page ${sitePath}`, readerText(fs.readFileSync(file, 'utf8'))]);
  const manifest = path.join(outDir, 'manifest.webmanifest');
  if (fs.existsSync(manifest)) built.push(['manifest.webmanifest', jsonStrings(JSON.parse(fs.readFileSync(manifest, 'utf8'))).join('\n')]);
  const inOutput = built.flatMap(([name, text]) =>
    findAsciiPunctuation(text!).map((m) => `${name}: ASCII "${m.found}" next to Chinese text in "${m.context}"; write the full-width "${m.fix}" in src/ where this text is written.`),
  );
  return inSources.length > 0 ? inSources : [...new Set(inOutput)];
}

/**
 * Fails the build on ASCII `, : ; ! ? ( )` beside Chinese text (code excepted),
 * in content and in everything else a reader sees: UI labels, titles,
 * descriptions, alt text, structured data, the manifest.
 */
export function punctuationCheck(): AstroIntegration {
  return {
    name: 'punctuation-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const errors = punctuationErrors(fileURLToPath(dir));
        if (errors.length > 0) {
          // Like the content guards: the problems are the build's last lines, not buried under a stack trace.
          logger.error(`\nChinese text needs full-width punctuation (，：；！？（）):\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
          process.exit(1);
        }
        logger.info('Chinese text uses full-width punctuation throughout.');
      },
    },
  };
}
