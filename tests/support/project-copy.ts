import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway copy of the project (sources, config, linked packages) for
 * builds of altered content. Packages are linked one by one: Astro and Vite
 * keep caches in node_modules/.astro and .vite, which parallel builds must not share.
 */
export function copyProject(prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(entry, path.join(root, entry), { recursive: true });
  }
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const entry of fs.readdirSync('node_modules').filter((name) => !name.startsWith('.'))) {
    fs.symlinkSync(path.resolve('node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return root;
}
