import { searchEngine } from './dialog';
import { renderResults, renderSearchError, resultSummary, SEARCH_UNAVAILABLE } from './results';

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

  const show = async (query: string) => {
    input.value = query;
    try {
      const groups = query ? await searchEngine().search(query) : [];
      renderResults(results, groups, query, 2);
      status.textContent = resultSummary(groups, query);
    } catch {
      renderSearchError(results);
      status.textContent = SEARCH_UNAVAILABLE;
    }
    document.title = query ? `「${query}」的搜索结果 | ${pageTitle}` : pageTitle;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.pushState(null, '', url);
    void show(query);
  });
  addEventListener('popstate', () => void show(new URL(location.href).searchParams.get('q')?.trim() ?? ''));
  await show(new URL(location.href).searchParams.get('q')?.trim() ?? '');
}
