import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { jsonStrings } from '../lib/built-page/reader-text.ts';
import { describeMistakes, findAsciiPunctuation, maskMdxSource } from '../lib/punctuation.ts';
import { stopBuild } from './stop.ts';
import { CONTENT_DIR } from './section-sources.ts';

/** Client scripts write text the built HTML does not hold yet (search results, announcements). */
const SCRIPTS_DIR = 'src/scripts';

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

/** Mistakes in the guide's MDX sources and client scripts, as file:line:column. */
export function sourcePunctuationErrors(contentDir = CONTENT_DIR): string[] {
  const sources = fs.existsSync(contentDir) ? fs.readdirSync(contentDir).filter((file) => file.endsWith('.mdx')) : [];
  const inSources = sources.flatMap((file) => {
    const name = path.join(contentDir, file);
    return describeMistakes(name, findAsciiPunctuation(maskMdxSource(fs.readFileSync(name, 'utf8'))));
  });
  const scripts = fs.existsSync(SCRIPTS_DIR)
    ? fs.readdirSync(SCRIPTS_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    : [];
  return [...inSources, ...scripts.flatMap((file) => scriptMistakes(path.join(SCRIPTS_DIR, file), fs.readFileSync(path.join(SCRIPTS_DIR, file), 'utf8')))];
}

/**
 * Mistakes in what the built pages and the manifest show. Whatever the sources
 * do not explain was written in a template, a component or src/config.ts.
 */
export function builtPunctuationErrors(pages: readonly { path: string; readerText: string }[], outDir: string): string[] {
  const built = pages.map((page) => [`built page ${page.path}`, page.readerText]);
  const manifest = path.join(outDir, 'manifest.webmanifest');
  if (fs.existsSync(manifest)) built.push(['manifest.webmanifest', jsonStrings(JSON.parse(fs.readFileSync(manifest, 'utf8'))).join('\n')]);
  const mistakes = built.flatMap(([name, text]) =>
    findAsciiPunctuation(text!).map((m) => `${name}: ASCII "${m.found}" next to Chinese text in "${m.context}"; write the full-width "${m.fix}" in src/ where this text is written.`),
  );
  return [...new Set(mistakes)];
}

/** The report that stops a build: a header, then one mistake per line. */
export function punctuationReport(errors: readonly string[]): string {
  return `Chinese text needs full-width punctuation (，：；！？（）):\n${errors.map((e) => `  ${e}`).join('\n')}`;
}

/**
 * Fails the build on ASCII `, : ; ! ? ( )` beside Chinese text (code excepted):
 * in the MDX sources and client scripts before Astro builds (with file, line
 * and column), and in everything else a reader sees — UI labels, titles,
 * descriptions, alt text, structured data, the manifest — by
 * `builtPunctuationErrors` in the one post-build pass (src/integrations/built-site.ts).
 */
export function punctuationCheck(): AstroIntegration {
  return {
    name: 'punctuation-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const errors = sourcePunctuationErrors();
        if (errors.length === 0) return;
        if (command === 'build') stopBuild(logger, punctuationReport(errors));
        logger.warn(`\n${punctuationReport(errors)}`);
      },
    },
  };
}
