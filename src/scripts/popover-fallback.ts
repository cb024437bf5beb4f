/**
 * Popovers where the engine has none (Chromium < 114, Safari < 17: tier B and C in the README's
 * "Browsers"). The site's two — the chapter menu and the handoff card — open from their
 * `popovertarget` buttons, close on Esc, on a tap outside and when another opens, report their
 * state (aria-expanded) and fire `toggle` with `newState` as native ones do. CSS hides a popover
 * until it has `data-open` (src/styles/global.css). site.ts loads this only where `popover` is missing.
 *
 * Not @oddbird/popover-polyfill: it injects a <style> element in engines without constructable
 * stylesheets (iOS < 16.4), which this site's CSP refuses, and patches querySelector page-wide.
 */
const OPEN = 'data-open';

const invokersOf = (popover: Element) => document.querySelectorAll(`[popovertarget="${CSS.escape(popover.id)}"]`);

function setOpen(popover: HTMLElement, open: boolean): void {
  if (popover.hasAttribute(OPEN) === open) return;
  if (open) document.querySelectorAll<HTMLElement>(`[popover][${OPEN}]`).forEach((other) => setOpen(other, false));
  popover.toggleAttribute(OPEN, open);
  invokersOf(popover).forEach((invoker) => invoker.setAttribute('aria-expanded', String(open)));
  popover.dispatchEvent(Object.assign(new Event('toggle'), { oldState: open ? 'closed' : 'open', newState: open ? 'open' : 'closed' }));
}

export function fallBackToPopoverAttributes(): void {
  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      setOpen(this, true);
    },
    hidePopover(this: HTMLElement) {
      setOpen(this, false);
    },
    togglePopover(this: HTMLElement, force?: boolean) {
      setOpen(this, force ?? !this.hasAttribute(OPEN));
      return this.hasAttribute(OPEN);
    },
  });
  document.querySelectorAll('[popovertarget]').forEach((invoker) => invoker.setAttribute('aria-expanded', 'false'));
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const invoker = target.closest('[popovertarget]');
    const popover = invoker && document.getElementById(invoker.getAttribute('popovertarget')!);
    if (popover) popover.togglePopover();
    // A tap outside every open popover closes them (light dismiss).
    else document.querySelectorAll<HTMLElement>(`[popover][${OPEN}]`).forEach((open) => open.contains(target) || setOpen(open, false));
  });
  document.addEventListener('keydown', (event) => {
    const open = document.querySelector<HTMLElement>(`[popover][${OPEN}]`);
    if (event.key !== 'Escape' || !open) return;
    setOpen(open, false);
    (invokersOf(open)[0] as HTMLElement | undefined)?.focus();
  });
}
