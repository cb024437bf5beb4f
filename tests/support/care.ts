/**
 * Measures of a page as a care-mode reader sees it, taken in the browser (pass to page.evaluate; each
 * function is self-contained). The figures follow the care mode's rules: type sizes, leading and
 * paragraph spacing, contrast, target sizes, one column, nothing floating.
 */

export interface CareMeasures {
  /** The smallest text on screen, in CSS px as drawn (SVG text scaled by its picture). */
  smallest: { px: number; text: string };
  /** Smallest body text (the text's p, li) and heading (main h1–h3), in px. */
  bodyPx: number;
  headingPx: number;
  /** Smallest line height / font size of the main text. */
  leading: { ratio: number; text: string };
  /** Smallest gap between consecutive paragraphs / their line height. */
  paragraphGap: { ratio: number; text: string };
  /** Lowest contrast of body text, and of any other text, with the text. */
  bodyContrast: { ratio: number; text: string };
  otherContrast: { ratio: number; text: string };
  /** Controls smaller than 44 × 44 px, and main controls smaller than 60 × 60 px. */
  smallControls: string[];
  smallMainControls: string[];
  /** Visible elements that stay on screen by themselves (fixed or sticky). */
  floating: string[];
  /** Visible navigation or contents beside the text. */
  besideText: string[];
  overflow: number;
}

export function measureCare(): CareMeasures {
  const closedOrHidden = '[hidden], .sr-only, dialog:not([open]), script, style, template, noscript';
  const isShown = (element: Element) => {
    if (element.closest(closedOrHidden)) return false;
    if (element.closest('[popover]') && !element.closest('[popover]')!.matches(':popover-open')) return false;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
  };
  const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} 「${(element.textContent ?? '').trim().slice(0, 16)}」`;
  const px = (value: string) => parseFloat(value);

  // Every visible text node's size as drawn.
  const smallest = { px: Infinity, text: '' };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent!.trim() || !isShown(parent)) continue;
    let size = px(getComputedStyle(parent).fontSize);
    const svg = parent.closest('svg');
    if (svg && svg.viewBox.baseVal.width) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    if (size < smallest.px) Object.assign(smallest, { px: size, text: node.textContent!.trim().slice(0, 20) });
  }

  const main = document.querySelector('main')!;
  const shown = (selector: string) => [...main.querySelectorAll(selector)].filter(isShown);
  // Body text: the paragraphs and list items of the text, not labels, dates or navigation.
  const body = shown('.prose :is(p, li), main section > p').filter((element) => !element.closest('nav') && !element.matches('.callout-label, .page-dates') && element.textContent!.trim());
  const headings = shown('h1, h2, h3');
  const minimum = (elements: Element[], value: (element: Element) => number) => {
    let best = { ratio: Infinity, text: '' };
    for (const element of elements) {
      const ratio = value(element);
      if (ratio < best.ratio) best = { ratio, text: describe(element) };
    }
    return best;
  };
  const leading = minimum([...body, ...headings], (element) => {
    const style = getComputedStyle(element);
    return px(style.lineHeight) / px(style.fontSize);
  });
  const paragraphGap = minimum(
    body.filter((element) => element.tagName === 'P' && element.previousElementSibling?.tagName === 'P'),
    (element) => {
      const gap = element.getBoundingClientRect().top - element.previousElementSibling!.getBoundingClientRect().bottom;
      return gap / px(getComputedStyle(element).lineHeight);
    },
  );

  // WCAG contrast of an element's text against the first opaque background behind it.
  const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).slice(0, 3).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const backgroundOf = (element: Element | null): string => {
    for (let current = element; current; current = current.parentElement) {
      const color = getComputedStyle(current).backgroundColor;
      const alpha = channels(color)[3];
      if (color !== 'transparent' && (alpha === undefined || alpha > 0.5)) return color;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  const contrast = (element: Element) => {
    const [a, b] = [luminance(getComputedStyle(element).color), luminance(backgroundOf(element))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const texts = [...document.body.querySelectorAll('*')].filter(
    (element) => !element.closest('svg') && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()) && isShown(element),
  );
  const bodyContrast = minimum(body, contrast);
  const otherContrast = minimum(texts, contrast);

  // Targets: every control, except links within a line of text (WCAG 2.5.8's inline exception).
  const inline = (element: Element) =>
    element.tagName === 'A' &&
    (element.closest('p, nav[aria-label="当前位置"]') !== null ||
      (element.parentElement?.tagName === 'LI' && element.parentElement.textContent!.trim() !== element.textContent!.trim()));
  const controls = [...document.querySelectorAll('a[href], button, summary, input, select')].filter((element) => isShown(element) && !inline(element));
  const small = (element: Element, size: number) => {
    const box = element.getBoundingClientRect();
    return box.width < size - 0.5 || box.height < size - 0.5;
  };
  const main60 = '.care-toggle, .step-done, .read-aloud, .step-pager a, .pager-link';
  const smallControls = controls.filter((element) => small(element, 44)).map(describe);
  const smallMainControls = controls.filter((element) => element.matches(main60) && small(element, 60)).map(describe);

  const floating = [...document.body.querySelectorAll('*')]
    .filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position) && isShown(element))
    .map(describe);
  const besideText = ['.sidebar > nav', '.toc-aside', '.toc-mobile'].flatMap((selector) => [...document.querySelectorAll(selector)].filter(isShown).map(describe));

  return {
    smallest,
    bodyPx: Math.min(...body.map((element) => px(getComputedStyle(element).fontSize))),
    headingPx: Math.min(...headings.map((element) => px(getComputedStyle(element).fontSize))),
    leading,
    paragraphGap,
    bodyContrast,
    otherContrast,
    smallControls,
    smallMainControls,
    floating,
    besideText,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}
