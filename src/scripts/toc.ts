/**
 * Marks the table-of-contents entry of the section being read (wide screens, where the TOC is visible).
 * The section a reader jumped to (a link to /steps/#step-5, a TOC click) stays marked while it is in
 * view: near the end of a page it cannot scroll to the top, so the scroll position alone would name a
 * later section. The reader's own scrolling (wheel, touch, keys) hands the mark back to the scroll position.
 */
export function initTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-aside [data-toc] a')];
  if (links.length === 0) return;
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((h) => h !== null);
  const targetOfHash = () => headings.find((heading) => `#${heading.id}` === decodeURIComponent(location.hash)) ?? null;
  let jumpedTo = targetOfHash();
  // A smooth scroll starts with the target out of view: it is let go only once seen and scrolled past.
  let seen = false;

  const inView = (element: Element, offset: number) => {
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > offset && top < innerHeight;
  };
  const update = () => {
    const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (jumpedTo && inView(jumpedTo, offset)) seen = true;
    else if (jumpedTo && seen) jumpedTo = null;
    let current = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top - offset <= 8) current = heading;
    // At the very bottom the last sections can never reach the top: the last one is being read.
    if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) current = headings[headings.length - 1];
    if (jumpedTo) current = jumpedTo;
    for (const link of links) {
      if (link.hash === `#${current?.id}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  const queueUpdate = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => ((queued = false), update()));
  };
  addEventListener('scroll', queueUpdate, { passive: true });
  const release = () => {
    if (!jumpedTo) return;
    jumpedTo = null;
    queueUpdate();
  };
  for (const type of ['wheel', 'touchmove', 'keydown'] as const) addEventListener(type, release, { passive: true });
  addEventListener('hashchange', () => {
    jumpedTo = targetOfHash();
    seen = false;
    queueUpdate();
  });
  update();
}
