import { initBackToTop } from './back-to-top';
import { keepFragmentInView } from './fragment';
import { initTocHighlight } from './toc';

/** Enhancements that only matter once the reader scrolls. */
export function initScrolling(): void {
  keepFragmentInView();
  initTocHighlight();
  initBackToTop();
}
