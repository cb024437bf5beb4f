import { initBackToTop } from './back-to-top';
import { initTocHighlight } from './toc';

/** Enhancements that only matter once the reader scrolls. */
export function initScrolling(): void {
  initTocHighlight();
  initBackToTop();
}
