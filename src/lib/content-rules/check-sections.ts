/**
 * Every rule that reads the section files as written, before Astro compiles
 * them: run by the content-guards integration at the start of `astro build`.
 */
import { nearestName } from '../edit-distance.ts';
import { checkComponentProps, type ContractOf } from './component-props.ts';
import type { Problem } from './problem.ts';
import { checkDates, checkEmptyMarkupHeadings, checkFileName, checkHeadings, checkHowToSteps } from './section-rules.ts';
import { sectionSchema } from './section-schema.ts';
import { checkMdxBody } from './mdx-rules.ts';
import { checkResourceLoads } from './resource-loads.ts';
import { decodeUtf8, parseSource, type SourceFile } from './source.ts';

export interface SectionFile {
  /** Project-relative path. */
  file: string;
  bytes: Uint8Array;
}

/** URLs the site's own pages and folders take (`src/pages/search.astro` → `search`). */
export function takenUrls(pageFiles: readonly string[], publicDirs: readonly string[]): Set<string> {
  const pages = pageFiles.filter((name) => !name.startsWith('[') && !name.startsWith('index.')).map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, ''));
  // Astro writes /_astro/ and Pagefind /pagefind/ into the build.
  return new Set([...pages, ...publicDirs, '_astro', 'pagefind']);
}

const SCHEMA_FILE = 'src/lib/content-rules/section-schema.ts';
const FIELDS = Object.keys(sectionSchema.shape);

/** A key the schema does not know, at its line, with the field it is probably a slip for. */
function unknownField(source: SourceFile, key: string): Problem {
  const nearest = nearestName(key, FIELDS);
  return {
    file: source.file,
    line: source.keyLines.get(key) ?? 2,
    what: `"${key}" is not a frontmatter field; the build would ignore it without a word.`,
    fix: nearest ? `did you mean \`${nearest}:\`? Rename it (the fields are described in ${SCHEMA_FILE}).` : `remove it, or use one of the fields ${FIELDS.join(', ')} (${SCHEMA_FILE}).`,
  };
}

/** The frontmatter against the collection's schema; date fields are left to checkDates, which reads them as written. */
function checkSchema(source: SourceFile): Problem[] {
  const result = sectionSchema.safeParse(source.data);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => !['published', 'updated'].includes(String(issue.path[0])))
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => unknownField(source, key))
        : [{ file: source.file, line: source.keyLines.get(String(issue.path[0])) ?? 2, what: `${issue.message}.`, fix: `the fields are described in ${SCHEMA_FILE}.` }],
    );
}

/** Two sections with one `order` would make the navigation order a matter of chance. */
function checkOrders(sources: readonly SourceFile[]): Problem[] {
  const byOrder = new Map<unknown, SourceFile>();
  return sources.flatMap((source) => {
    const order = source.data.order;
    const first = byOrder.get(order);
    if (order === undefined || !first) {
      byOrder.set(order, source);
      return [];
    }
    return [{ file: source.file, line: source.keyLines.get('order'), what: `order ${String(order)} is already used by ${first.file}.`, fix: 'give each section a different order.' }];
  });
}

/** What the rules need to know beyond the files. */
export interface SectionContext {
  /** URLs the site's own pages and folders take (see takenUrls). */
  taken: ReadonlySet<string>;
  now: Date;
  /** The Content-Security-Policy the pages send, and the site's origin, which it calls 'self'. */
  policy: string;
  site: string;
  /** The contract of a component a section imports. */
  contractOf: ContractOf;
}

export function checkSections(files: readonly SectionFile[], { taken, now, policy, site, contractOf }: SectionContext): Problem[] {
  const problems: Problem[] = [];
  const sources: SourceFile[] = [];
  for (const { file, bytes } of files) {
    const nameProblem = checkFileName(file, file.split('/').pop()!, taken);
    if (nameProblem) problems.push(nameProblem);
    const text = decodeUtf8(file, bytes);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const source = parseSource(file, text);
    if ('what' in source) {
      problems.push(source);
      continue;
    }
    sources.push(source);
    problems.push(...checkSchema(source), ...checkDates(source, now), ...checkHeadings(source), ...checkEmptyMarkupHeadings(source), ...checkHowToSteps(source), ...checkMdxBody(source), ...checkComponentProps(source, contractOf), ...checkResourceLoads(source, policy, site));
  }
  return [...problems, ...checkOrders(sources)];
}
