import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheVersion, fillWorker, fragmentPage, precacheUrls } from '../lib/service-worker.ts';
import { PAGEFIND_DIR } from './pagefind.ts';
import { sectionsBesideGuide } from './section-sources.ts';

const TEMPLATE = 'src/service-worker/sw.js';

/** Every file under `dir`, relative, with `/` separators. */
function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Writes `sw.js` into the build output once everything else is there (list it
 * after the Pagefind integration, whose bundle it precaches).
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const besideGuide = sectionsBesideGuide();
        const all = listFiles(outDir);
        // Search fragments of pages beside the guide are cached when a search reads them, like the pages.
        const fragments = besideGuide.length === 0 ? [] : all.filter((file) => file.startsWith(`${PAGEFIND_DIR}/fragment/`));
        const fragmentPages = new Map(fragments.map((file) => [file, fragmentPage(fs.readFileSync(path.join(outDir, file)))]));
        const urls = precacheUrls(all, besideGuide, fragmentPages);
        const files = all.filter((file) => precacheUrls([file], besideGuide, fragmentPages).length === 1);
        const version = cacheVersion(files.map((file) => ({ path: file, bytes: fs.readFileSync(path.join(outDir, file)) })));
        fs.writeFileSync(path.join(outDir, 'sw.js'), fillWorker(fs.readFileSync(TEMPLATE, 'utf8'), version, urls));
        const onVisit = besideGuide.length > 0 ? `; ${besideGuide.length} pages beside the guide are cached when read` : '';
        logger.info(`sw.js: ${urls.length} files precached, cache guide-${version}${onVisit}`);
      },
    },
  };
}
