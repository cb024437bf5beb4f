import type { SearchGroup } from '../../lib/search/engine';

/**
 * Renders grouped results as plain lists of links. Titles and headings go in
 * as text; only the excerpt is HTML, which the engine builds from escaped text
 * plus its own <mark> highlighting. Page titles are headings one level below
 * the heading of the surrounding dialog or page.
 */
export function renderResults(container: HTMLElement, groups: readonly SearchGroup[], query: string, headingLevel: 2 | 3): void {
  container.replaceChildren();
  if (!query) return;
  if (groups.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'search-empty';
    empty.textContent = `没有找到与「${query}」相关的内容。试试更短的词，例如「开通」「还款」。`;
    container.append(empty);
    return;
  }
  for (const group of groups) {
    const section = document.createElement('section');
    section.className = 'search-group';
    const title = document.createElement(`h${headingLevel}`);
    title.textContent = group.title;
    const list = document.createElement('ul');
    list.setAttribute('role', 'list');
    for (const hit of group.hits) {
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'search-hit';
      const heading = document.createElement('span');
      heading.className = 'search-hit-heading';
      heading.textContent = hit.heading;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-hit-excerpt';
      excerpt.innerHTML = hit.excerpt;
      link.append(heading, excerpt);
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    section.append(title, list);
    container.append(section);
  }
}

/** When the index cannot be loaded (offline, a blocked request): say so instead of showing nothing. */
export const SEARCH_UNAVAILABLE = '搜索暂时无法使用，请检查网络后重试。';

export function renderSearchError(container: HTMLElement): void {
  const message = document.createElement('p');
  message.className = 'search-empty';
  message.textContent = SEARCH_UNAVAILABLE;
  container.replaceChildren(message);
}

/** "找到 N 条结果", for the polite live region. */
export function resultSummary(groups: readonly SearchGroup[], query: string): string {
  if (!query) return '';
  const hits = groups.reduce((sum, group) => sum + group.hits.length, 0);
  return hits === 0 ? `没有找到「${query}」` : `找到 ${hits} 条结果，分布在 ${groups.length} 个页面`;
}
