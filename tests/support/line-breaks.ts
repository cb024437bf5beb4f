/** Elements whose lines must break between words: headings, navigation, cards, buttons, figure captions. */
export const BREAKABLE = 'h1, h2, h3, .card > span, .nav-link, .step-link, .toc-list a, .pager-link > span, .button-primary, .button-secondary, figcaption > *';

/**
 * Every visible line break inside the breakable elements, measured in the engine: for each text
 * node character its line (by its box's top); a new line must start at a <wbr>, beside a space or
 * after punctuation, and never inside a word the site keeps together.
 */
export function lineBreakProblems({ selector, keepTogether }: { selector: string; keepTogether: readonly string[] }): string[] {
  const problems: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (element.offsetParent === null || element.closest('[hidden], details:not([open]) > :not(summary)')) continue;
    const chars: { char: string; top: number; allowed: boolean }[] = [];
    let afterWbr = false;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) =>
        node instanceof Element && (node.matches('[aria-hidden="true"], .sr-only, svg') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) === NodeFilter.FILTER_REJECT
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.tagName === 'WBR') afterWbr = true;
        continue;
      }
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        const previous = chars[chars.length - 1]?.char ?? '';
        const allowed = afterWbr || /\s/.test(previous) || /\s/.test(text[i]!) || /[，。：；！？、」）]/.test(previous) || /[「（]/.test(text[i]!);
        chars.push({ char: text[i]!, top: rect ? rect.top : NaN, allowed });
        afterWbr = false;
      }
    }
    const visible = chars.filter((c) => !Number.isNaN(c.top) && c.char.trim() !== '');
    const text = chars.map((c) => c.char).join('');
    for (let i = 1; i < visible.length; i++) {
      if (visible[i]!.top > visible[i - 1]!.top + 4 && !visible[i]!.allowed && !chars[chars.indexOf(visible[i]!) - 1]?.char.match(/\s/)) {
        const at = chars.indexOf(visible[i]!);
        problems.push(`${text.slice(0, at)} / ${text.slice(at)}`);
      }
    }
    for (const word of keepTogether) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const tops = new Set(chars.slice(at, at + word.length).map((c) => Math.round(c.top)));
        if (tops.size > 1) problems.push(`${word} split in ${text}`);
      }
    }
  }
  return [...new Set(problems)];
}

