/** Shows the floating back-to-top link once the reader is a screen and a half down a long page. */
export function initBackToTop(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-back-to-top]');
  if (!link || document.documentElement.scrollHeight < innerHeight * 2.5) return;
  const update = () => (link.hidden = scrollY < innerHeight * 1.5);
  addEventListener('scroll', update, { passive: true });
  update();
}
