import { describe, expect, test } from 'vitest';
import { QUIET_ZONE, qrSheet } from './qr';

const PAGE = { id: null, url: 'https://guide.example.org/zhima-guide/steps/' };

describe('qrSheet', () => {
  test('the page code fills the root viewBox, with a four-module quiet zone', async () => {
    const svg = await qrSheet([PAGE], '本页二维码');
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="本页二维码"');
    const size = Number(svg.match(/<svg [^>]*viewBox="0 0 (\d+) \1"/)![1]);
    // The first dark module (finder pattern corner) starts after the quiet zone.
    expect(svg).toMatch(new RegExp(`d="M${QUIET_ZONE} ${QUIET_ZONE + 0.5}h7`));
    expect(size - 2 * QUIET_ZONE).toBeGreaterThanOrEqual(21);
    expect(svg).not.toContain('<view');
  });

  test('each section code is a view beside the page code, not overlapping it', async () => {
    const svg = await qrSheet([PAGE, { id: 'step-5', url: `${PAGE.url}#step-5` }, { id: 'a"b', url: `${PAGE.url}#a` }], '本页二维码');
    const size = Number(svg.match(/viewBox="0 0 (\d+) /)![1]);
    const views = [...svg.matchAll(/<view id="([^"]+)" viewBox="(\d+) 0 (\d+) \3"\/>/g)].map((m) => ({ id: m[1], x: Number(m[2]), side: Number(m[3]) }));
    expect(views.map((view) => view.id)).toEqual(['step-5', 'a&quot;b']);
    expect(views[0]!.x).toBeGreaterThanOrEqual(size);
    expect(views[1]!.x).toBeGreaterThanOrEqual(views[0]!.x + views[0]!.side);
    expect(svg).toContain(`transform="translate(${views[0]!.x} 0)"`);
  });

  test('escapes the label', async () => {
    expect(await qrSheet([{ id: null, url: 'https://a.example/' }], 'a"<b')).toContain('aria-label="a&quot;&lt;b"');
  });

  test('refuses a relative URL, and a sheet that does not start with the page code, with a clear message', async () => {
    await expect(qrSheet([{ id: null, url: '/steps/' }], 'x')).rejects.toThrow(/not an absolute http\(s\) URL/);
    await expect(qrSheet([{ id: 'a', url: 'https://a.example/#a' }], 'x')).rejects.toThrow(/first code of a sheet is the page/);
  });
});
