/**
 * Progressive enhancements loaded on every page. Without JavaScript every page
 * still reads and navigates (links, the popover menu). Only what a first tap
 * needs runs at load; the rest loads when the reader scrolls,
 * which keeps the JavaScript before any interaction under 2 KB gzip.
 */
import { initThemeToggle } from './theme';
import { initPermalinks } from './permalinks';
import { initSearchOpener } from './search/open';
import { showCareState } from './companion/care';

initThemeToggle();
initPermalinks(); // copying must happen inside the tap itself (Safari), so it cannot load late
initSearchOpener();
// Loaded from here, not by the search page itself, so the search check (search/support.ts) stays in this one chunk.
if (document.querySelector('[data-search-page]')) {
  // Both at once: page.ts needs the search engine (dialog.ts), and learning that from page.ts costs a round trip.
  void import('./search/dialog');
  void import('./search/page').then((module) => module.initSearchPage());
}
if (!('popover' in HTMLElement.prototype)) void import('./popover-fallback').then((module) => module.fallBackToPopoverAttributes());

addEventListener('scroll', () => void import('./scrolling').then((module) => module.initScrolling()), { once: true, passive: true });
// Progress and text size load on the first tap, or now when the reader stored something (for the pressed states).
const companion = (event?: Event) => void import('./companion/controls').then((module) => module.handle(event));
if (document.querySelector('[data-steps-done],[data-text-size]')) companion();
showCareState(); // here, not in the controls loaded on first tap: the switch must say it is on from the start
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest('[data-companion]');
  if (!control) return;
  // iOS lets a page speak only from within a tap: an empty utterance now unlocks the reader loaded after it.
  if (control.matches('[data-read]') && window.speechSynthesis) speechSynthesis.speak(new SpeechSynthesisUtterance(''));
  companion(event);
});
