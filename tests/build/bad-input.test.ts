import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Each fixture in tests/fixtures/bad-content is dropped into a copy of the
 * project as a new section; the build must fail and say which file to fix and how.
 */
const cases: [fixture: string, ...expected: string[]][] = [
  ['missing-field', 'src/content/guide/missing-field.mdx', 'add `description:` to the frontmatter'],
  ['wrong-field', 'src/content/guide/wrong-field.mdx', 'order must be a whole number such as 3'],
  ['duplicate-order', 'order 1 is already used by', 'src/content/guide/duplicate-order.mdx', 'src/content/guide/overview.mdx', 'give each section a different order'],
  ['duplicate-heading-id', 'src/content/guide/duplicate-heading-id.mdx: duplicate heading id "same-id"'],
  ['missing-heading-id', 'src/content/guide/missing-heading-id.mdx: heading "没有 id 的标题" has no id', '{ #my-section }'],
  ['unknown-section-link', 'src/content/guide/unknown-section-link.mdx (page /unknown-section-link/): link "/faq/" is broken: no page or file /faq/ is built'],
  [
    'ascii-punctuation',
    'src/content/guide/ascii-punctuation.mdx:12:9: ASCII ":" next to Chinese text in "## 第 1 步:打开支付宝 AP"; write the full-width "：" instead.',
    'src/content/guide/ascii-punctuation.mdx:14:22: ASCII "," next to Chinese text',
  ],
  ['missing-anchor-link', 'src/content/guide/missing-anchor-link.mdx (page /missing-anchor-link/): link "/steps/#step-9" is broken: /steps/ has no element with id "step-9"'],
];

const run = promisify(execFile);
const workDirs: string[] = [];

async function buildWith(fixture: string): Promise<{ ok: boolean; output: string }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bad-${fixture}-`));
  workDirs.push(root);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(entry, path.join(root, entry), { recursive: true });
  }
  // Packages are linked one by one: Astro and Vite keep caches in node_modules/.astro and .vite,
  // which parallel builds must not share.
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const entry of fs.readdirSync('node_modules').filter((name) => !name.startsWith('.'))) {
    fs.symlinkSync(path.resolve('node_modules', entry), path.join(root, 'node_modules', entry));
  }
  fs.copyFileSync(`tests/fixtures/bad-content/${fixture}.mdx`, path.join(root, `src/content/guide/${fixture}.mdx`));
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

// Started together: the builds are independent and mostly wait on I/O and startup.
const results = new Map(cases.map(([fixture]) => [fixture, buildWith(fixture)]));

afterAll(() => workDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('bad content fails the build with a message that names the file and the fix', () => {
  test.each(cases)('%s', async (fixture, ...expected) => {
    const { ok, output } = await results.get(fixture)!;
    expect(ok, output).toBe(false);
    for (const text of expected) expect(output).toContain(text);
    // The builds run side by side with the other build tests on a small machine: allow for the queue.
  }, 300_000);
});
