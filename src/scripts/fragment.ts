/**
 * A page opened at `#id` lands with that section below the sticky header. Firefox ESR 140 can leave a
 * page opened from another page's link (a search result) scrolled past its target, as if the layout had
 * changed after its first scroll; once the page has loaded, a target out of view is brought back, unless
 * the reader has scrolled by then. Elsewhere the target is already in view and nothing happens.
 */
export function keepFragmentInView(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let readerScrolled = false;
  const scrolled = () => (readerScrolled = true);
  for (const type of ['wheel', 'touchmove', 'keydown'] as const) addEventListener(type, scrolled, { once: true, passive: true });
  const realign = () => {
    // Below the sticky header: where the stylesheet's scroll-padding puts a target.
    const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const { top } = target.getBoundingClientRect();
    if (!readerScrolled && (top < header - 1 || top > innerHeight)) target.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  if (document.readyState === 'complete') realign();
  else addEventListener('load', realign, { once: true });
}
