import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../support/project-copy';

/**
 * Each case builds a copy of the project with one editing or deployment
 * mistake: a fixture from tests/fixtures/bad-content dropped in as a section,
 * an edit of an existing section, or an environment. A mistake must stop the
 * build with a message that names the file (and line) and the fix, at the end
 * of the output and not under a stack trace, or be handled correctly.
 */
interface Case {
  name: string;
  /** A fixture to add: its file name in tests/fixtures/bad-content (section file name = fixture name). */
  fixture?: string;
  /** Changes to the copy: [path, text] pairs replacing text in a file, or null to delete it. */
  edit?: Record<string, [from: string, to: string] | null>;
  env?: Record<string, string | undefined>;
  /** Text the output must contain (failing builds: in the last lines). */
  fails?: string[];
  /** For builds that must succeed: checks on the built copy. */
  builds?: (dist: string, output: string) => void;
}

const SECTION = 'src/content/guide';
const read = (dist: string, file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

const cases: Case[] = [
  // Schema and content checks that existed before the content rules.
  { name: 'missing field', fixture: 'missing-field.mdx', fails: [`${SECTION}/missing-field.mdx`, 'add `description:` to the frontmatter'] },
  { name: 'wrong field', fixture: 'wrong-field.mdx', fails: [`${SECTION}/wrong-field.mdx`, 'order must be a whole number such as 3'] },
  { name: 'unknown field', fixture: 'unknown-field.mdx', fails: [`${SECTION}/unknown-field.mdx:8: "draf" is not a frontmatter field`, 'did you mean `draft:`?'] },
  { name: 'duplicate order', fixture: 'duplicate-order.mdx', fails: ['order 1 is already used by', `${SECTION}/duplicate-order.mdx`, `${SECTION}/overview.mdx`, 'give each section a different order'] },
  { name: 'duplicate heading id', fixture: 'duplicate-heading-id.mdx', fails: [`${SECTION}/duplicate-heading-id.mdx:14: duplicate heading id "same-id"`] },
  {
    name: 'empty heading',
    fixture: 'empty-heading.mdx',
    fails: [`${SECTION}/empty-heading.mdx:10: heading "## { #some-id }" has no text`, `${SECTION}/empty-heading.mdx:14: heading "##" has no text`, 'Fix: Write the heading\'s words, e.g. "## 标题 { #some-id }"'],
  },
  { name: 'missing heading id', fixture: 'missing-heading-id.mdx', fails: [`${SECTION}/missing-heading-id.mdx:10: heading "没有 id 的标题" has no id`, '{ #my-section }'] },
  { name: 'unknown section link', fixture: 'unknown-section-link.mdx', fails: [`${SECTION}/unknown-section-link.mdx (page /unknown-section-link/): link "/faq/" is broken: no page or file /faq/ is built`] },
  {
    name: 'ASCII punctuation',
    fixture: 'ascii-punctuation.mdx',
    fails: [
      `${SECTION}/ascii-punctuation.mdx:12:9: ASCII ":" next to Chinese text in "## 第 1 步:打开支付宝 AP"; write the full-width "：" instead.`,
      `${SECTION}/ascii-punctuation.mdx:14:22: ASCII "," next to Chinese text`,
    ],
  },
  { name: 'missing anchor link', fixture: 'missing-anchor-link.mdx', fails: [`${SECTION}/missing-anchor-link.mdx (page /missing-anchor-link/): link "/steps/#step-9" is broken: /steps/ has no element with id "step-9"`] },

  { name: 'section written as .md', fixture: 'faq.md', fails: [`${SECTION}/faq.md: only .mdx files are built as sections`, 'rename it to "faq.mdx"'] },

  // The permalink contract (src/data/permalinks.json).
  {
    name: 'renamed heading id',
    edit: { [`${SECTION}/overview.mdx`]: ['{ #what-it-is }', '{ #what-is-it }'] },
    fails: [`${SECTION}/overview.mdx: /overview/#what-it-is is a public link (src/data/permalinks.json)`, 'old-ids="what-it-is"'],
  },
  {
    name: 'renamed heading id keeping the old one',
    edit: { [`${SECTION}/overview.mdx`]: ['{ #what-it-is }', '{ #what-is-it old-ids="what-it-is" }'] },
    builds: (dist) => {
      const html = read(dist, 'overview/index.html');
      expect(html).toContain('<h2 id="what-is-it">');
      expect(html).toContain('<span class="old-id" id="what-it-is" aria-hidden="true"></span>');
      expect(html).not.toContain('old-ids');
      expect(read(dist, 'guide/index.html')).toContain('id="what-it-is"');
    },
  },
  {
    name: 'deleted section',
    edit: { [`${SECTION}/cautions.mdx`]: null },
    fails: [`${SECTION}/cautions.mdx: /cautions/ is a public URL (src/data/permalinks.json) but the build no longer makes it`, 'restore the section file'],
  },

  // Dates.
  { name: 'impossible date', fixture: 'impossible-date.mdx', fails: [`${SECTION}/impossible-date.mdx:6: published: "2024-13-45" is not a calendar date written YYYY-MM-DD.`] },
  { name: 'date with slashes', fixture: 'slash-date.mdx', fails: [`${SECTION}/slash-date.mdx:6: published: "2024/08/19" is not a calendar date`, 'e.g. published: 2024-08-19'] },
  { name: 'date in the future', fixture: 'future-date.mdx', fails: [`${SECTION}/future-date.mdx:7: updated: 2999-01-01 is in the future.`, '`draft: true`'] },
  { name: 'updated before published', fixture: 'updated-before-published.mdx', fails: [`${SECTION}/updated-before-published.mdx:7: updated (2024-08-19) is earlier than published (2025-08-19).`] },
  {
    name: 'a future draft is not published',
    fixture: 'future-draft.mdx',
    builds: (dist) => {
      expect(fs.existsSync(path.join(dist, 'future-draft'))).toBe(false);
      expect(read(dist, 'index.html')).not.toContain('/future-draft/');
    },
  },
  ...['Asia/Shanghai', 'America/Los_Angeles'].map((tz) => ({
    name: `dates are the same in TZ=${tz}`,
    fixture: 'quoted-date.mdx',
    env: { TZ: tz },
    builds: (dist: string) => {
      expect(read(dist, 'quoted-date/index.html')).toContain('<time datetime="2024-08-19">2024-08-19</time>');
      expect(read(dist, 'overview/index.html')).toContain('"datePublished":"2024-08-19"');
      expect(read(dist, 'sitemap-0.xml')).toContain('<loc>https://guide.example.org/steps/</loc><lastmod>2026-11-24T00:00:00.000Z</lastmod>');
    },
  })),

  // Ids.
  { name: 'heading id the layout uses', fixture: 'layout-id.mdx', fails: [`${SECTION}/layout-id.mdx:10: the id "main" is used twice on /layout-id/`, '{ #main-section }'] },
  { name: 'HowTo step gap', fixture: 'howto-gap.mdx', fails: [`${SECTION}/howto-gap.mdx:15: step heading #step-3 is step 2 of the page`, 'renumber it { #step-2 }'] },

  // MDX, encoding, YAML.
  { name: 'unknown component', fixture: 'unknown-component.mdx', fails: [`${SECTION}/unknown-component.mdx:12: <Aside> is not a known component`, "import Aside from '../../components/content/Aside.astro';"] },
  { name: 'brace in text', fixture: 'brace-in-text.mdx', fails: [`${SECTION}/brace-in-text.mdx:10: a \`{\` in the text`, 'write `\\{`', '「」'] },
  { name: 'inline style', fixture: 'inline-style.mdx', fails: [`${SECTION}/inline-style.mdx:10: an inline \`style\` attribute`] },
  {
    name: 'load the CSP blocks',
    fixture: 'blocked-load.mdx',
    fails: [
      `${SECTION}/blocked-load.mdx:10: the image https://example.com/shots/home.png is from another site (example.com); the Content-Security-Policy the pages send (img-src 'self' data:) blocks it`,
      'Fix: save the file under public/images/ and write its path, e.g. "/images/home.png", or link to it instead of embedding it',
      `${SECTION}/blocked-load.mdx:12: the embedded page https://player.example.com/v/1 is from another site`,
    ],
  },
  {
    name: 'component props',
    fixture: 'component-props.mdx',
    fails: [
      `${SECTION}/component-props.mdx:13: <Callout> needs the prop tone ("danger", "warning" or "info"), and this use does not give it.`,
      'Fix: add it, e.g. <Callout tone="danger"> (its props are declared in src/components/content/Callout.astro).',
      `${SECTION}/component-props.mdx:19: <StepCompanion step="3">: step must be a number.`,
    ],
  },
  {
    name: 'component error while rendering',
    fixture: 'component-error.mdx',
    fails: [
      `${SECTION}/component-error.mdx:14: <StepCompanion> failed while the page was built: No phone-screen schematic for step 9`,
      'Fix: change this use of <StepCompanion> as the reason says (the component is src/components/companion/StepCompanion.astro).',
    ],
  },
  { name: 'not UTF-8', fixture: 'not-utf8.mdx', fails: [`${SECTION}/not-utf8.mdx:2: the file is not UTF-8 text`, 'save it again with the encoding "UTF-8"'] },
  { name: 'YAML error', fixture: 'yaml-error.mdx', fails: [`${SECTION}/yaml-error.mdx:7: the frontmatter is not valid YAML`] },

  // File names are URLs.
  { name: 'upper-case file name', fixture: 'FAQ.mdx', fails: [`${SECTION}/FAQ.mdx: the file name "FAQ.mdx" is the section's public URL`, 'rename it to "faq.mdx"'] },
  { name: 'file name of a page route', fixture: 'search.mdx', fails: [`${SECTION}/search.mdx: the section URL /search/ is already used by the site`] },

  // Links are written the way the site serves them.
  {
    name: 'links without trailing slash, JSX link out',
    fixture: 'link-forms.mdx',
    builds: (dist) => {
      const html = read(dist, 'link-forms/index.html');
      expect(html).toContain('<a href="/steps/#step-1">开通步骤</a>');
      expect(html).toContain('<a href="/cautions/">注意事项</a>');
      expect(html).toContain('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">外部网站</a>');
    },
  },

  // The deployment environment.
  { name: 'SITE_URL without scheme', env: { SITE_URL: 'guide.example.org' }, fails: ['SITE_URL is "guide.example.org", not an absolute URL', 'SITE_URL=https://'] },
  { name: 'SITE_URL path against BASE', env: { SITE_URL: 'https://example.org/a/', BASE: '/b/' }, fails: ['SITE_URL has the path /a/ but BASE is /b/'] },
  { name: 'BASE with a space', env: { BASE: 'my guide' }, fails: ['BASE is "my guide": the base path /my guide/ has a space', 'Fix: name the path with Latin letters, digits, hyphens, dots or underscores, e.g. BASE=/my-guide/.'] },
  {
    name: 'BASE with doubled slashes is normalised',
    env: { BASE: '//zhima-guide//' },
    builds: (dist) => {
      expect(read(dist, 'steps/index.html')).toContain('<link rel="canonical" href="https://guide.example.org/zhima-guide/steps/">');
      expect(read(dist, 'steps/index.html')).toContain('href="/zhima-guide/eligibility/"');
    },
  },
  {
    name: 'SITE_URL with a path becomes the base',
    env: { SITE_URL: 'https://example.org/zhima-guide/' },
    builds: (dist) => {
      expect(read(dist, 'steps/index.html')).toContain('<link rel="canonical" href="https://example.org/zhima-guide/steps/">');
      expect(read(dist, 'steps/index.html')).toContain('href="/zhima-guide/eligibility/"');
    },
  },
  {
    name: 'SITE_URL unset: one warning at the end',
    env: { SITE_URL: undefined },
    builds: (_dist, output) => {
      expect(output.match(/SITE_URL is not set/g)).toHaveLength(1);
      expect(output.trim().split('\n').slice(-3).join('\n')).toContain('SITE_URL is not set: canonical, Open Graph and sitemap URLs point at http://localhost:4321');
    },
  },
  {
    name: 'SITE_URL unset on Cloudflare Pages',
    env: { SITE_URL: undefined, CF_PAGES_URL: 'https://abc.zhima.pages.dev' },
    builds: (dist, output) => {
      expect(output).not.toContain('SITE_URL is not set');
      expect(read(dist, 'steps/index.html')).toContain('<link rel="canonical" href="https://abc.zhima.pages.dev/steps/">');
    },
  },
];

const run = promisify(execFile);
const workDirs: string[] = [];
/** Host variables the runner may have that would change which site URL a case sees. */
const HOST_VARIABLES = ['SITE_URL', 'BASE', 'URL', 'NETLIFY', 'CF_PAGES_URL', 'VERCEL_PROJECT_PRODUCTION_URL', 'GITHUB_ACTIONS', 'GITHUB_REPOSITORY'];

function prepareCase(item: Case): string {
  const root = copyProject(`bad-${item.name.replace(/\W+/g, '-')}-`);
  workDirs.push(root);
  if (item.fixture) fs.copyFileSync(`tests/fixtures/bad-content/${item.fixture}`, path.join(root, SECTION, item.fixture));
  for (const [file, change] of Object.entries(item.edit ?? {})) {
    const target = path.join(root, file);
    if (change === null) fs.rmSync(target);
    else {
      const text = fs.readFileSync(target, 'utf8');
      if (!text.includes(change[0])) throw new Error(`${file} no longer contains ${change[0]}; update the case`);
      fs.writeFileSync(target, text.replace(change[0], change[1]));
    }
  }
  return root;
}

async function buildCase(item: Case): Promise<{ ok: boolean; output: string; dist: string }> {
  const root = prepareCase(item);
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: 'https://guide.example.org' };
  for (const name of HOST_VARIABLES.filter((name) => name !== 'SITE_URL')) delete env[name];
  // Vitest puts Vite's own import.meta.env values into process.env; Astro would let BASE_URL override the base.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  for (const [name, value] of Object.entries(item.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const dist = path.join(root, 'dist');
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env });
    return { ok: true, output: stdout + stderr, dist };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, dist };
  }
}

/** At most three builds at once: the machine is shared, and most time is CPU. */
function limited<T>(tasks: (() => Promise<T>)[], width = 3): Promise<T>[] {
  const queue = [...tasks.keys()];
  const results = tasks.map(() => Promise.withResolvers<T>());
  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      await tasks[index]!().then(results[index]!.resolve, results[index]!.reject);
    }
  };
  for (let i = 0; i < width; i++) void worker();
  return results.map((result) => result.promise);
}

const builds = limited(cases.map((item) => () => buildCase(item)));
const results = new Map(cases.map((item, index) => [item.name, builds[index]!]));

/** A test waits for its build's turn in the queue, not only for the build. */
const BUILD_WAIT = 600_000;

afterAll(() => workDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('an editing or deployment mistake stops the build with the file, line and fix, or is handled', () => {
  test.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const { ok, output, dist } = await results.get(item.name)!;
    if (item.builds) {
      expect(ok, output).toBe(true);
      item.builds(dist, output);
      return;
    }
    expect(ok, output).toBe(false);
    for (const text of item.fails!) expect(output).toContain(text);
  }, BUILD_WAIT);

  test.each(cases.filter((item) => item.fails && !item.name.startsWith('SITE_URL')).map((item) => [item.name, item] as const))(
    '%s: the message is not buried under a stack trace',
    async (_name, item) => {
      const { output } = await results.get(item.name)!;
      const at = output.lastIndexOf(item.fails![0]!);
      expect(output.slice(at)).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    },
    BUILD_WAIT,
  );
});
