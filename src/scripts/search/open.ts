/**
 * The only search code on every page: opens the dialog from the header button,
 * `/` or Ctrl/Cmd+K. The dialog and the search engine load on first use.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function initSearchOpener(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  const open = async () => (await import('./dialog')).openSearch(dialog);
  document.querySelectorAll('[data-search-open]').forEach((trigger) =>
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    }),
  );
  addEventListener('keydown', (event) => {
    if (event.isComposing || dialog.open) return;
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (shortcut || (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target))) {
      event.preventDefault();
      void open();
    }
  });
}
