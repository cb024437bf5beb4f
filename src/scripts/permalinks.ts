import { PERMALINK_LABEL } from '../lib/heading-anchor';
import { announce } from './announce';

/**
 * Heading permalink controls: copy the section's absolute URL (or open the
 * share sheet on touch devices that have one). Without JavaScript they are
 * plain `#id` links.
 */
export function initPermalinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-permalink]');
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.hash, location.href).href;
    const title = link.textContent?.replace(PERMALINK_LABEL, '') ?? document.title;
    try {
      if (navigator.share && matchMedia('(pointer: coarse)').matches) {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      link.dataset.state = 'copied';
      announce(`已复制${PERMALINK_LABEL}${title}`);
      setTimeout(() => delete link.dataset.state, 2000);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return; // share sheet dismissed
    }
    // Copied on a desktop: the section's QR code too. Not copied (no Clipboard API in in-app browsers): the URL, selected.
    void import('./companion/handoff').then((module) => module.afterCopy(link, url, title));
  });
}
