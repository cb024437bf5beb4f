import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** In how many of the runs the audit scored below 1. */
  failedRuns: number;
  /** 0 for performance insights: hints that do not count towards the score. */
  weight: number;
  /** CSS selectors of the offending elements, when the audit names any (at most 5). */
  elements: string[];
}

export interface PageFigures {
  path: string;
  /** Median category scores, 0–100. */
  scores: Record<Category, number>;
  /** Median metrics; times in ms, bytes transferred (compressed). */
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  runs: number;
  failing: FailingAudit[];
}

export interface AuditReport {
  environment: { lighthouseVersion: string; hostUserAgent: string; benchmarkIndex: number };
  pages: PageFigures[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const numeric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;

const MAX_ELEMENTS = 5;

/** Selectors of the elements an audit's table points at (accessibility and layout-shift audits do). */
function elementsOf(audit: Result['audits'][string]): string[] {
  const items = audit?.details && 'items' in audit.details && Array.isArray(audit.details.items) ? audit.details.items : [];
  return items
    .flatMap((item) => {
      const node = (item as { node?: { type?: string; selector?: string } }).node;
      return node?.type === 'node' && node.selector ? [node.selector] : [];
    })
    .slice(0, MAX_ELEMENTS);
}

/** Audits of a category that scored below 1 in this run: weighted ones cost points, unweighted ones are hints. */
function failingAudits(lhr: Result): Omit<FailingAudit, 'failedRuns'>[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      const scored = audit && audit.score !== null && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      return scored && audit.score! < 1 ? [{ category, id: ref.id, title: audit.title, weight: ref.weight, elements: elementsOf(audit) }] : [];
    }),
  );
}

/** Summarises several runs of one page: medians, and every audit that failed in any run. */
function summarise(pagePath: string, results: Result[]): PageFigures {
  const failing = new Map<string, FailingAudit>();
  for (const audit of results.flatMap(failingAudits)) {
    const key = `${audit.category}/${audit.id}`;
    const seen = failing.get(key);
    if (seen) {
      seen.failedRuns += 1;
      seen.elements = [...new Set([...seen.elements, ...audit.elements])].slice(0, MAX_ELEMENTS);
    } else failing.set(key, { ...audit, failedRuns: 1 });
  }
  return {
    path: pagePath,
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round(median(results.map((lhr) => (lhr.categories[category]?.score ?? 0) * 100)))]),
    ) as Record<Category, number>,
    lcpMs: median(results.map((lhr) => numeric(lhr, 'largest-contentful-paint'))),
    tbtMs: median(results.map((lhr) => numeric(lhr, 'total-blocking-time'))),
    cls: median(results.map((lhr) => numeric(lhr, 'cumulative-layout-shift'))),
    totalBytes: median(results.map((lhr) => numeric(lhr, 'total-byte-weight'))),
    runs: results.length,
    // What costs points first, then the most persistent.
    failing: [...failing.values()].sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0) || b.failedRuns - a.failedRuns),
  };
}

/**
 * Runs Lighthouse's default (mobile, simulated throttling) config on every
 * page, all four categories in one pass, `runs` times. Pages are visited
 * round-robin so a slow moment of the machine spreads over pages instead of
 * sinking one. One Chromium with a fresh profile serves all runs; Lighthouse
 * clears cache and storage before each.
 */
export async function auditPages(
  siteUrl: string,
  pagePaths: readonly string[],
  runs: number,
  log: (message: string) => void,
): Promise<AuditReport> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS], userDataDir, logLevel: 'silent' });
  const results = new Map<string, Result[]>(pagePaths.map((pagePath) => [pagePath, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const pagePath of pagePaths) {
        const started = performance.now();
        const url = new URL(pagePath.replace(/^\//, ''), siteUrl).href;
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        results.get(pagePath)!.push(lhr);
        log(`lighthouse ${run}/${runs} ${pagePath} ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    chrome.kill();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  const { lighthouseVersion, environment } = results.get(pagePaths[0]!)![0]!;
  return {
    environment: { lighthouseVersion, hostUserAgent: environment.hostUserAgent, benchmarkIndex: environment.benchmarkIndex },
    pages: pagePaths.map((pagePath) => summarise(pagePath, results.get(pagePath)!)),
  };
}
