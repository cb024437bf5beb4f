import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { getGuide } from '../../data/guide';
import { qrSvg } from '../../lib/companion/qr';
import { qrFile } from '../../lib/companion/qr-files';
import { tableOfContents } from '../../lib/headings';
import { absoluteUrl } from '../../lib/urls';

/** Pages outside the guide collection that have a URL of their own (the 404 page has none). */
const OTHER_PAGES = ['/', '/guide/', '/search/'];

/**
 * The QR codes of the desktop handoff （「在手机上打开」）, drawn at build time: one
 * per page and one per linkable section, on its own page and on `/guide/`.
 */
export const getStaticPaths = (async () => {
  const codes: { page: string; id?: string }[] = OTHER_PAGES.map((page) => ({ page }));
  for (const { section, entry } of await getGuide()) {
    codes.push({ page: section.path });
    for (const heading of tableOfContents((await render(entry)).headings)) {
      codes.push({ page: section.path, id: heading.slug }, { page: '/guide/', id: heading.slug });
    }
  }
  return codes.map(({ page, id }) => ({
    params: { file: qrFile(page, id).replace(/^qr\//, '').replace(/\.svg$/, '') },
    props: { path: id ? `${page}#${id}` : page, label: id ? '本节二维码' : '本页二维码' },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; label: string }> = async ({ props, site }) => {
  const url = absoluteUrl(props.path, site!, import.meta.env.BASE_URL);
  return new Response(await qrSvg(url, `${props.label}：${url}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
