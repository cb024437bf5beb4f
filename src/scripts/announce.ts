/** Speaks a short message through the page's polite live region (#announcer). */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers repeat an identical message.
  setTimeout(() => (region.textContent = message), 50);
}
