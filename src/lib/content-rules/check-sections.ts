/**
 * Every rule that reads the section files as written, before Astro compiles
 * them: run by the content-guards integration at the start of `astro build`.
 */
import type { Problem } from './problem.ts';
import { checkDates, checkFileName, checkHowToSteps } from './section-rules.ts';
import { checkMdxBody } from './mdx-rules.ts';
import { decodeUtf8, parseSource } from './source.ts';

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

export function checkSections(files: readonly SectionFile[], taken: ReadonlySet<string>, now: Date): Problem[] {
  const problems: Problem[] = [];
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
    problems.push(...checkDates(source, now), ...checkHowToSteps(source), ...checkMdxBody(source));
  }
  return problems;
}
