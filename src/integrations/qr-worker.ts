/**
 * Draws and writes the QR sheets in a worker thread (src/integrations/qr-codes.ts
 * starts it), so the drawing runs on the second core while Pagefind indexes.
 * Loaded by Node itself, not by Vite: imports carry `.ts` extensions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { qrSheet } from '../lib/companion/qr.ts';
import type { QrSheetPlan } from './qr-codes.ts';

const { outDir, sheets } = workerData as { outDir: string; sheets: QrSheetPlan[] };

/** Files written at once: enough to keep the disk busy while the next sheets are drawn. */
const WRITES_IN_FLIGHT = 16;

for (const dir of new Set(sheets.map(({ file }) => path.dirname(path.join(outDir, file))))) fs.mkdirSync(dir, { recursive: true });
const writing = new Set<Promise<void>>();
for (const { file, codes, label } of sheets) {
  const write = fs.promises.writeFile(path.join(outDir, file), await qrSheet(codes, label)).finally(() => writing.delete(write));
  writing.add(write);
  if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
}
await Promise.all(writing);
