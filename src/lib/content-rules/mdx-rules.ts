/**
 * Rules for an MDX body that MDX itself reports late or not at all: a component
 * used without its import fails only while rendering (no file named), `{…}` in
 * running text is evaluated as JavaScript, and an inline style is blocked by
 * the CSP in readers' browsers. Code blocks and inline code are skipped.
 */
import { importedComponents } from './mdx-tags.ts';
import type { Problem } from './problem.ts';
import { proseLines, type SourceFile } from './source.ts';

/** Characters of a line that are inside a JSX/HTML tag (`<… >`), where `{…}` and attributes are legitimate. */
function tagSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const tag = /<\/?[A-Za-z][\w.-]*(?:\s[^<>]*?)?\/?>/g;
  for (let match = tag.exec(text); match; match = tag.exec(text)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

export function checkMdxBody(source: SourceFile, componentDir = 'src/components/content'): Problem[] {
  const problems: Problem[] = [];
  const lines = proseLines(source);
  const imported = importedComponents(source);
  for (const { text, line } of lines) {
    if (/^(?:import|export)\s/.test(text)) continue;
    for (const match of text.matchAll(/<([A-Z][\w.]*)/g)) {
      const name = match[1]!.split('.')[0]!;
      if (!imported.has(name)) {
        problems.push({
          file: source.file,
          line,
          what: `<${match[1]}> is not a known component: nothing named ${name} is imported in this file.`,
          fix: `add \`import ${name} from '../../components/content/${name}.astro';\` after the frontmatter (components live in ${componentDir}/), or fix the name's spelling.`,
        });
      }
    }
    for (const match of text.matchAll(/\sstyle\s*=/g)) {
      if (!tagSpans(text).some(([start, end]) => match.index > start && match.index < end)) continue;
      problems.push({
        file: source.file,
        line,
        what: 'an inline `style` attribute: the Content-Security-Policy (style-src \'self\') blocks it, so readers would not see it.',
        fix: 'remove it and use a class from src/styles/global.css (or a component) instead.',
      });
    }
    if (/<style[\s>]/i.test(text)) {
      problems.push({ file: source.file, line, what: 'a <style> element: the Content-Security-Policy blocks inline styles.', fix: 'move the rules to src/styles/global.css.' });
    }
    const inTag = tagSpans(text);
    // A heading's own `{ #id … }` at the end of the line is the permalink, not an expression.
    const withoutHeadingId = /^#{1,6}\s/.test(text) ? text.replace(/\{\s*#[^}]*\}\s*$/, (attrs) => ' '.repeat(attrs.length)) : text;
    for (const match of withoutHeadingId.matchAll(/(?<!\\)\{/g)) {
      if (inTag.some(([start, end]) => match.index > start && match.index < end)) continue;
      problems.push({
        file: source.file,
        line,
        what: 'a `{` in the text: MDX runs what follows as JavaScript instead of showing it.',
        fix: 'write `\\{` to show a brace, or use the corner brackets 「」 for quoted text.',
      });
      break;
    }
  }
  return problems;
}
