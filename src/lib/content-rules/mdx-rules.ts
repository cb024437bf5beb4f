/**
 * Rules for an MDX body that MDX itself reports late or not at all: a component
 * used without its import fails only while rendering (no file named), `{…}` in
 * running text is evaluated as JavaScript, and an inline style is blocked by
 * the CSP in readers' browsers. Code blocks and inline code are skipped.
 */
import { importedComponents, mdxTags } from './mdx-tags.ts';
import type { Problem } from './problem.ts';
import { proseLines, proseText, type SourceFile } from './source.ts';

/** A heading's own `{ #id … }` at the end of its line: the permalink, not an expression. */
const HEADING_ATTRIBUTES = /^\{\s*#[^}]*\}\s*$/;

export function checkMdxBody(source: SourceFile, componentDir = 'src/components/content'): Problem[] {
  const problems: Problem[] = [];
  const imported = importedComponents(source);
  const tags = mdxTags(source);
  for (const tag of tags) {
    const name = tag.name.split('.')[0]!;
    if (/^[A-Z]/.test(name) && !imported.has(name)) {
      problems.push({
        file: source.file,
        line: tag.line,
        what: `<${tag.name}> is not a known component: nothing named ${name} is imported in this file.`,
        fix: `add \`import ${name} from '../../components/content/${name}.astro';\` after the frontmatter (components live in ${componentDir}/), or fix the name's spelling.`,
      });
    }
    if (tag.attributes.some((attribute) => attribute.name === 'style')) {
      problems.push({
        file: source.file,
        line: tag.line,
        what: 'an inline `style` attribute: the Content-Security-Policy (style-src \'self\') blocks it, so readers would not see it.',
        fix: 'remove it and use a class from src/styles/global.css (or a component) instead.',
      });
    }
  }
  for (const { text, line } of proseLines(source)) {
    if (/<style[\s>]/i.test(text)) {
      problems.push({ file: source.file, line, what: 'a <style> element: the Content-Security-Policy blocks inline styles.', fix: 'move the rules to src/styles/global.css.' });
    }
  }
  // A `{` outside tags, imports and a heading's attributes is an expression in running text; one report a line.
  const { text, lineOf } = proseText(source);
  const reported = new Set<number>();
  for (const match of text.matchAll(/(?<!\\)\{/g)) {
    if (tags.some((tag) => match.index > tag.start && match.index < tag.end)) continue;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineText = text.slice(lineStart, (text.indexOf('\n', match.index) + 1 || text.length + 1) - 1);
    if (/^(?:import|export)\s/.test(lineText)) continue;
    if (/^#{1,6}\s/.test(lineText) && HEADING_ATTRIBUTES.test(lineText.slice(match.index - lineStart))) continue;
    const line = lineOf(match.index);
    if (reported.has(line)) continue;
    reported.add(line);
    problems.push({
      file: source.file,
      line,
      what: 'a `{` in the text: MDX runs what follows as JavaScript instead of showing it.',
      fix: 'write `\\{` to show a brace, or use the corner brackets 「」 for quoted text.',
    });
  }
  // In the order of the file, as an editor reads the report.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
