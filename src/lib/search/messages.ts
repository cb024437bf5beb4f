/**
 * What the search UI says, one definition for the dialog, the /search/ page
 * and the tests. Pure functions of the engine's answer.
 */
import type { SearchResponse } from './engine.ts';

/** Longest query the search inputs accept (a pasted page never reaches the URL or the live region). */
export const MAX_QUERY_CHARS = 64;

/** The query as the UI shows and searches it: trimmed, blank when it holds only spaces. */
export function cleanQuery(value: string): string {
  return value.trim().slice(0, MAX_QUERY_CHARS);
}

/** Above the results when the engine corrected an input-method slip. */
export function correctionNotice(corrected: string): string {
  return `已显示「${corrected}」的结果`;
}

/** The link under the correction notice, to search what the reader typed. */
export function searchOriginalLabel(query: string): string {
  return `仍然搜索「${query}」`;
}

/** URL parameter that turns slip correction off (`/search/?q=立既开通&literal=1`). */
export const LITERAL_PARAM = 'literal';

/** Above results that only partly match. */
export function closestNotice(query: string): string {
  return `没有完全符合「${query}」的内容，以下是最接近的章节，匹配的词已标出：`;
}

/** When nothing matches at all: the steps are offered instead. */
export function noMatchNotice(query: string): string {
  return `没有找到与「${query}」相关的内容。可以换个说法，或从下面的开通步骤找起：`;
}

export const SEARCH_UNAVAILABLE = '搜索暂时无法使用，请检查网络后重试。';

/** Where the engine cannot run the search at all (src/scripts/search/support.ts): said in the box, with the sections and steps. */
export const SEARCH_UNSUPPORTED = '这个浏览器版本较旧，无法使用站内搜索。可以直接打开下面的章节和步骤，或者换用新版浏览器：';

/** One sentence for the polite live region. */
export function resultSummary(response: SearchResponse, query: string): string {
  if (!query) return '';
  const hits = response.groups.reduce((sum, group) => sum + group.hits.length, 0);
  const found = `${hits} 条结果，分布在 ${response.groups.length} 个页面`;
  const prefix = response.corrected ? `${correctionNotice(response.corrected)}。` : '';
  switch (response.tier) {
    case 'exact':
    case 'words':
      return `${prefix}找到 ${found}`;
    case 'closest':
      return `${prefix}没有完全符合「${query}」的内容，显示最接近的 ${found}`;
    case 'none':
      return `${prefix}没有找到「${query}」，显示开通步骤`;
  }
}
