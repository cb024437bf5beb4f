/**
 * Spaces in body text wider than `maxEm` of their font size, measured in the engine: justification
 * that stretches only the spaces (WebKit, which has no text-justify) opens gaps around Latin words in
 * Chinese lines （支付宝   APP   的图标）. Returns the text around each gap.
 */
export function stretchedSpaces({ selector, maxEm }: { selector: string; maxEm: number }): string[] {
  const problems: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (element.offsetParent === null) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const fontSize = parseFloat(getComputedStyle(node.parentElement!).fontSize);
      for (let i = 0; i < text.length; i++) {
        if (text[i] !== ' ') continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rects = [...range.getClientRects()];
        // A space at a line end has no width that shows.
        if (rects.length !== 1) continue;
        if (rects[0]!.width > maxEm * fontSize) problems.push(`${text.slice(Math.max(0, i - 6), i)}␣${text.slice(i + 1, i + 7)} (${Math.round(rects[0]!.width)} px)`);
      }
    }
  }
  return problems;
}
