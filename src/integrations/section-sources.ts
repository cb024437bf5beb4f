import fs from 'node:fs';
import path from 'node:path';
import { componentContract, type ComponentContract } from '../lib/content-rules/component-contract.ts';
import type { ContractOf } from '../lib/content-rules/component-props.ts';
import type { Problem } from '../lib/content-rules/problem.ts';
import { checkContentEntry } from '../lib/content-rules/section-rules.ts';
import { parseSource } from '../lib/content-rules/source.ts';

/** The section files, each one page of the site. */
export const CONTENT_DIR = 'src/content/guide';

export function readSections(): { file: string; bytes: Uint8Array }[] {
  return fs
    .readdirSync(CONTENT_DIR)
    .filter((name) => name.toLowerCase().endsWith('.mdx'))
    .map((name) => ({ file: `${CONTENT_DIR}/${name}`, bytes: fs.readFileSync(path.join(CONTENT_DIR, name)) }));
}

/** Entries of the sections folder that are not section files, and so would not be built. */
export function strayContentProblems(): Problem[] {
  return fs.readdirSync(CONTENT_DIR, { withFileTypes: true }).flatMap((entry) => checkContentEntry(CONTENT_DIR, entry.name, entry.isDirectory()) ?? []);
}

/** The contracts of the .astro components sections import (resolved from the section's folder), each read once. */
export function componentContracts(): ContractOf {
  const contracts = new Map<string, ComponentContract | null>();
  return (specifier, sectionFile) => {
    if (!specifier.endsWith('.astro')) return undefined;
    const file = path.posix.join(path.posix.dirname(sectionFile), specifier);
    if (!contracts.has(file)) contracts.set(file, fs.existsSync(file) ? componentContract(fs.readFileSync(file, 'utf8')) : null);
    const contract = contracts.get(file);
    return contract ? { file, contract } : undefined;
  };
}

/** The frontmatter of each published section by slug, as written (the build config needs it before Astro loads content). */
function publishedFrontmatter(): Map<string, Record<string, unknown>> {
  const sections = new Map<string, Record<string, unknown>>();
  for (const { file, bytes } of readSections()) {
    const source = parseSource(file, new TextDecoder().decode(bytes));
    if (!('what' in source) && source.data.draft !== true) sections.set(path.basename(file, '.mdx'), source.data);
  }
  return sections;
}

/** Each section's `updated` date as written (slug → YYYY-MM-DD), for the sitemap's <lastmod>. */
export function sectionUpdated(): Map<string, string> {
  const dates = new Map<string, string>();
  for (const [slug, data] of publishedFrontmatter()) if (typeof data.updated === 'string') dates.set(slug, data.updated);
  return dates;
}

/** Slugs of the sections outside the one-page guide (`inOnePageGuide: false`): articles beside the guide. */
export function sectionsBesideGuide(): string[] {
  return [...publishedFrontmatter()].filter(([, data]) => data.inOnePageGuide === false).map(([slug]) => slug);
}
