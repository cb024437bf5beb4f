/** The care switches say whether care mode is on: `data-care` on <html>, set before first paint by theme-init.ts. */
export function showCareState(): void {
  const on = 'care' in document.documentElement.dataset;
  document.querySelectorAll('[data-companion="care"]').forEach((button) => button.setAttribute('aria-pressed', String(on)));
}
