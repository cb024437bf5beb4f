import { canOpenDialog, canRunSearch } from './support';

/**
 * The only search code on every page: opens the dialog from the header button,
 * `/` or Ctrl/Cmd+K. The dialog and the search engine load on first use. In an
 * engine that cannot search, the button stays a link to /search/, which says so.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function initSearchOpener(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector('input');
  if (!dialog || !input || !canOpenDialog() || !canRunSearch()) return;
  // Composition is tracked from page load: an input method may start before the search code has loaded.
  input.addEventListener('compositionstart', () => (input.dataset.composing = ''));
  input.addEventListener('compositionend', () => delete input.dataset.composing);
  const open = async () => {
    const opener = document.activeElement;
    // Open at once, so what the reader types while the search code loads lands in the box.
    if (!dialog.open) {
      dialog.showModal();
      input.focus();
      input.select(); // last query, ready to be replaced
    }
    const { openSearch } = await import('./dialog');
    // Closed (Esc) while the code loaded: the reader is done, so it is not opened again.
    if (dialog.open) openSearch(dialog, opener);
  };
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
