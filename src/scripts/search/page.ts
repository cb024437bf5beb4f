import { searchEngine } from './dialog';
import { cleanQuery, LITERAL_PARAM, resultSummary, SEARCH_UNAVAILABLE, SEARCH_UNSUPPORTED } from '../../lib/search/messages';
import { renderResults, renderSearchError } from './results';
import { canRunSearch } from './support';

/**
 * /search/?q=… runs the query from the URL, so a search can be shared as a
 * link. Submitting the form updates the URL without a reload.
 */
export async function initSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-page] form');
  const results = document.querySelector<HTMLElement>('[data-search-page-results]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  if (!form || !results || !status) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const pageTitle = document.title;
  if (!canRunSearch()) {
    input.value = cleanQuery(new URL(location.href).searchParams.get('q') ?? '');
    document.querySelector<HTMLElement>('[data-search-unsupported]')!.hidden = false;
    status.textContent = SEARCH_UNSUPPORTED;
    return;
  }

  /** Shows the results for `query`; `literal` searches it as typed, without slip correction. */
  const show = async (query: string, literal = false) => {
    input.value = query;
    try {
      if (query) {
        const response = await searchEngine().search(query, { correct: !literal });
        renderResults(results, response, query, 2);
        status.textContent = resultSummary(response, query);
      } else {
        results.replaceChildren();
        status.textContent = '';
      }
    } catch {
      renderSearchError(results);
      status.textContent = SEARCH_UNAVAILABLE;
    }
    document.title = query ? `「${query}」的搜索结果 | ${pageTitle}` : pageTitle;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = cleanQuery(input.value);
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    url.searchParams.delete(LITERAL_PARAM);
    history.pushState(null, '', url);
    void show(query);
  });
  const fromUrl = () => {
    const params = new URL(location.href).searchParams;
    return show(cleanQuery(params.get('q') ?? ''), params.has(LITERAL_PARAM));
  };
  addEventListener('popstate', () => void fromUrl());
  await fromUrl();
}
