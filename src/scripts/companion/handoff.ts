/**
 * Two follow-ups of a section's link control (src/scripts/permalinks.ts), loaded
 * only when one is needed:
 * - on a desktop, the 「在手机上打开」 popover shows the section's QR code
 *   (its view in the page's SVG sheet drawn at build time, src/lib/companion/qr-files.ts) instead of the page's;
 * - without Clipboard and Web Share APIs (WeChat's and Alipay's WebViews), the
 *   URL appears in a selected field, so the reader can copy it by hand.
 */
import { qrSrc } from '../../lib/companion/qr-files';
import { announce } from '../announce';

const panel = () => document.getElementById('handoff');

/** After the link control of a section was used: `link.dataset.state` is `copied` when the clipboard took the URL. */
export function afterCopy(link: HTMLAnchorElement, url: string, title: string): void {
  if (link.dataset.state === 'copied') showSectionQr(link, url, title);
  else showCopyField(link, url);
}

/** On a desktop, opens the handoff popover with the QR code of the section behind `link`. */
function showSectionQr(link: HTMLAnchorElement, url: string, title: string): void {
  const popover = panel();
  if (!popover || !matchMedia('(min-width: 64rem) and (pointer: fine)').matches) return;
  const image = popover.querySelector<HTMLImageElement>('[data-handoff-qr]')!;
  const text = popover.querySelector('[data-handoff-text]')!;
  const urlLine = popover.querySelector('[data-handoff-url]')!;
  const page = { src: image.src, alt: image.alt, text: text.textContent, url: urlLine.textContent };
  const pagePath = location.pathname.slice(import.meta.env.BASE_URL.length);
  image.src = import.meta.env.BASE_URL + qrSrc(pagePath, decodeURIComponent(link.hash.slice(1)));
  image.alt = `本节二维码：${url}`;
  text.textContent = `已复制本节链接，也可以用手机扫码打开本节：${title}`;
  urlLine.textContent = url;
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    Object.assign(image, { src: page.src, alt: page.alt });
    text.textContent = page.text;
    urlLine.textContent = page.url;
  }, { once: true });
  popover.showPopover();
}

/** Shows `url` selected in a field beside `link`, for copying by hand. */
function showCopyField(link: HTMLAnchorElement, url: string): void {
  const wrapper = link.closest('.heading-wrapper') ?? link.parentElement!;
  let field = wrapper.nextElementSibling?.matches('.copy-field') ? (wrapper.nextElementSibling as HTMLElement) : null;
  if (!field) {
    field = document.createElement('p');
    field.className = 'copy-field';
    field.dataset.pagefindIgnore = '';
    const label = document.createElement('label');
    label.textContent = '长按或右键复制本节链接：';
    const input = document.createElement('input');
    input.type = 'text';
    input.readOnly = true;
    label.append(input);
    field.append(label);
    wrapper.after(field);
  }
  const input = field.querySelector('input')!;
  input.value = url;
  input.focus();
  input.select();
  announce('无法自动复制，请手动复制显示的链接');
}
