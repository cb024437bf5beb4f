/**
 * The first paragraph under each `## … { #id }` heading of an MDX body, as
 * plain text: a HowToStep's `text` is the step's instruction, not its heading again.
 */

const HEADING = /^#{2,6}\s.*\{\s*#([a-z][a-z0-9-]*)\s*\}\s*$/;
/** Lines that are not prose: JSX tags (`<Steps>`), imports, fences, lists, tables, quotes. */
const NOT_PROSE = /^(<|import\s|export\s|```|[-*+]\s|\d+\.\s|\||>)/;

/** Markdown inline syntax to plain text: links keep their text, emphasis and code marks go. */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Heading id → the text of the first paragraph after that heading (headings without one are left out). */
export function sectionLeads(body: string): Map<string, string> {
  const leads = new Map<string, string>();
  let id: string | null = null;
  let paragraph: string[] = [];
  const finish = () => {
    if (id && paragraph.length > 0) {
      leads.set(id, plainInline(paragraph.join('')));
      id = null;
    }
    paragraph = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (heading) {
      finish();
      id = heading[1]!;
    } else if (line === '' || NOT_PROSE.test(line)) {
      finish();
    } else if (id) {
      paragraph.push(line);
    }
  }
  finish();
  return leads;
}
