/**
 * Progressive enhancements loaded on every page. Each part is optional: without
 * JavaScript every page still reads and navigates (links, <details> menus).
 */
import { initThemeToggle } from './theme';
import { initPermalinks } from './permalinks';
import { initTocHighlight } from './toc';
import { initBackToTop } from './back-to-top';
import { initSearchOpener } from './search/open';

initThemeToggle();
initPermalinks();
initTocHighlight();
initBackToTop();
initSearchOpener();
