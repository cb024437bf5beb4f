/** Marks the table-of-contents entry of the section being read (wide screens, where the TOC is visible). */
export function initTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-aside [data-toc] a')];
  if (links.length === 0) return;
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((h) => h !== null);
  const update = () => {
    const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    let current = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top - offset <= 8) current = heading;
    // At the very bottom the last sections can never reach the top: the last one is being read.
    if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) current = headings[headings.length - 1];
    for (const link of links) {
      if (link.hash === `#${current?.id}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => ((queued = false), update()));
  }, { passive: true });
  update();
}
