import type { SearchGroup, SearchResponse } from '../../lib/search/engine';
import { closestNotice, correctionNotice, LITERAL_PARAM, noMatchNotice, SEARCH_UNAVAILABLE, searchOriginalLabel } from '../../lib/search/messages';
import resultsStylesheet from '../../styles/search-results.css?url';
import { loadStylesheet } from '../stylesheet';

void loadStylesheet(resultsStylesheet);

/** Link to the search page for `query` exactly as typed (slip correction off). */
function originalSearchUrl(query: string): string {
  const params = new URLSearchParams({ q: query, [LITERAL_PARAM]: '1' });
  return `${import.meta.env.BASE_URL}search/?${params}`;
}

function notice(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = 'search-empty';
  element.textContent = text;
  return element;
}

function renderGroups(container: HTMLElement, groups: readonly SearchGroup[], headingLevel: 2 | 3): void {
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

/**
 * Renders the engine's answer as plain lists of links, with a notice above
 * when the query was corrected, only partly matched or matched nothing (then
 * the steps are listed instead). Titles and headings go in as text; only the
 * excerpt is HTML, which the engine builds from escaped text plus its own
 * <mark> highlighting. Page titles are headings one level below the heading
 * of the surrounding dialog or page.
 */
export function renderResults(container: HTMLElement, response: SearchResponse, query: string, headingLevel: 2 | 3): void {
  container.replaceChildren();
  if (!query) return;
  if (response.corrected) {
    const corrected = notice(correctionNotice(response.corrected));
    corrected.className = 'search-correction';
    const original = document.createElement('a');
    original.href = originalSearchUrl(query);
    original.textContent = searchOriginalLabel(query);
    corrected.append('。', original);
    container.append(corrected);
  }
  if (response.tier === 'closest') container.append(notice(closestNotice(query)));
  if (response.tier === 'none') container.append(notice(noMatchNotice(query)));
  renderGroups(container, response.tier === 'none' ? response.suggestions : response.groups, headingLevel);
}

/** When the index cannot be loaded (offline, a blocked request): say so instead of showing nothing. */
export function renderSearchError(container: HTMLElement): void {
  container.replaceChildren(notice(SEARCH_UNAVAILABLE));
}
