import { createSearchEngine, type SearchEngine, type SearchResponse } from '../../lib/search/engine';
import { cleanQuery, resultSummary, SEARCH_UNAVAILABLE } from '../../lib/search/messages';
import { renderResults, renderSearchError } from './results';

/** Waits this long after the last keystroke before searching, so fast typing runs one query. */
const DEBOUNCE_MS = 120;

let engine: SearchEngine | undefined;

/** One engine per page, created on first use; BASE_URL keeps it working under a sub-path. */
export function searchEngine(): SearchEngine {
  return (engine ??= createSearchEngine({ bundleUrl: `${import.meta.env.BASE_URL}pagefind/` }));
}

const controllers = new WeakMap<HTMLDialogElement, ReturnType<typeof wireDialog>>();

/**
 * Shows the search dialog (open.ts may already have shown it) and starts
 * loading the index while the reader types. `opener` gets focus back on close.
 */
export function openSearch(dialog: HTMLDialogElement, opener: Element | null): void {
  let controller = controllers.get(dialog);
  if (!controller) controllers.set(dialog, (controller = wireDialog(dialog)));
  controller.open(opener instanceof HTMLElement && opener !== document.body ? opener : null);
  searchEngine().preload().catch(() => {}); // a failure is reported when the reader searches
}

function wireDialog(dialog: HTMLDialogElement) {
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  const results = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  let opener: HTMLElement | null = null;
  let leaving = false;
  // An input method (pinyin, zhuyin, …) is composing: its keystrokes are not the query yet (flag kept by open.ts).
  const composing = () => 'composing' in input.dataset;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];

  /** Runs the current query now; results of a slower, older query never overwrite a newer one. */
  const run = async (): Promise<SearchResponse | null> => {
    clearTimeout(timer);
    const query = cleanQuery(input.value);
    const ticket = ++latest;
    try {
      const response = query ? await searchEngine().search(query) : null;
      if (ticket === latest) {
        if (response) renderResults(results, response, query, 3);
        else results.replaceChildren();
        status.textContent = response ? resultSummary(response, query) : '';
      }
      return response;
    } catch {
      renderSearchError(results);
      status.textContent = SEARCH_UNAVAILABLE;
      return null;
    }
  };

  const go = (url: string) => {
    leaving = true;
    dialog.close();
    location.href = url;
  };

  dialog.addEventListener('close', () => {
    if (!leaving) (opener ?? document.querySelector<HTMLElement>('[data-search-open]'))?.focus();
  });

  input.addEventListener('compositionend', () => void run());
  input.addEventListener('input', (event) => {
    if (composing() || (event as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', async (event) => {
    // While composing, Enter picks a candidate and Esc cancels the composition: both belong to the IME.
    // Safari sends that Enter after compositionend, marked only by the legacy keyCode 229.
    if (composing() || event.isComposing || (event as { keyCode?: number }).keyCode === 229) {
      if (event.key === 'Escape') event.preventDefault();
      return;
    }
    if (event.key === 'Escape') {
      // type=search would clear the field on Esc; the reader means "close".
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = (await run())?.groups[0]?.hits[0];
      if (first) go(first.url);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    }
  });

  results.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      input.focus(); // typing again edits the query
    }
  });
  results.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.search-hit');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      go(link.href);
    }
  });

  // A modal dialog keeps focus out of the page, but Tab can still leave for the browser's own UI: wrap it.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [input, ...dialog.querySelectorAll<HTMLElement>('button, a[href]')];
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  dialog.addEventListener('cancel', (event) => {
    if (composing()) event.preventDefault();
  });
  // A click on the backdrop (outside the panel) closes, as on every modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());

  return {
    open(from: HTMLElement | null) {
      opener = from;
      leaving = false;
      if (!dialog.open) dialog.showModal();
      if (document.activeElement !== input) input.focus();
      // Text typed while this module loaded is searched now.
      if (cleanQuery(input.value) && !composing()) void run();
    },
  };
}
