/**
 * Links a stylesheet that a script loaded on first use needs (search results, the 朗读 panel), so
 * its rules stay out of the render-blocking stylesheet. Resolves once it applies (at once if linked).
 */
export function loadStylesheet(href: string): Promise<void> {
  const linked = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
  if (linked?.sheet) return Promise.resolve();
  const link = linked ?? document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  // An error still resolves: the content works unstyled, and the reader should not wait on it.
  return new Promise((resolve) => ['load', 'error'].forEach((type) => link.addEventListener(type, () => resolve(), { once: true })));
}
