import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { darkRunsPath, QUIET_ZONE, qrSheet } from './qr';

const PAGE = { id: null, url: 'https://guide.example.org/zhima-guide/steps/' };

/** Paints a sheet's code at 4 px a module, from its path of runs, for a decoder. */
function rasterise(svg: string, index: number): { pixels: Uint8ClampedArray; side: number } {
  const sides = [...svg.matchAll(/viewBox="\d+ 0 (\d+) /g)].map((m) => Number(m[1]));
  const modules = sides[index]!;
  const d = [...svg.matchAll(/<path [^>]*d="([^"]+)"/g)][index]![1]!;
  const scale = 4;
  const side = modules * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, dx, dy, run] of d.matchAll(/([Mm])([\d.]+) ([\d.]+)h(\d+)/g)) {
    x = command === 'M' ? Number(dx) : x + Number(dx);
    y = command === 'M' ? Math.floor(Number(dy)) : y + Number(dy);
    for (let px = x * scale; px < (x + Number(run)) * scale; px++) {
      for (let py = y * scale; py < (y + 1) * scale; py++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
    x += Number(run);
  }
  return { pixels, side };
}

describe('darkRunsPath', () => {
  test('draws each row as runs: absolute move to the first, relative moves between', () => {
    expect(darkRunsPath([[true, true, false, true], [false, false, false, false], [false, true, false, false]])).toBe('M0 0.5h2m1 0h1M1 2.5h1');
  });
});

describe('qrSheet', () => {
  test('every code on a sheet decodes to its URL', () => {
    const codes = [PAGE, { id: 'step-5', url: `${PAGE.url}#step-5` }];
    const svg = qrSheet(codes, '本页二维码');
    codes.forEach(({ url }, i) => {
      const { pixels, side } = rasterise(svg, i);
      expect(jsQR(pixels, side, side)?.data).toBe(url);
    });
  });

  test('the page code fills the root viewBox, with a four-module quiet zone', () => {
    const svg = qrSheet([PAGE], '本页二维码');
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="本页二维码"');
    const size = Number(svg.match(/<svg [^>]*viewBox="0 0 (\d+) \1"/)![1]);
    // The first dark module (finder pattern corner) starts after the quiet zone.
    expect(svg).toMatch(new RegExp(`d="M${QUIET_ZONE} ${QUIET_ZONE + 0.5}h7`));
    expect(size - 2 * QUIET_ZONE).toBeGreaterThanOrEqual(21);
    expect(svg).not.toContain('<view');
  });

  test('each section code is a view beside the page code, not overlapping it', () => {
    const svg = qrSheet([PAGE, { id: 'step-5', url: `${PAGE.url}#step-5` }, { id: 'a"b', url: `${PAGE.url}#a` }], '本页二维码');
    const size = Number(svg.match(/viewBox="0 0 (\d+) /)![1]);
    const views = [...svg.matchAll(/<view id="([^"]+)" viewBox="(\d+) 0 (\d+) \3"\/>/g)].map((m) => ({ id: m[1], x: Number(m[2]), side: Number(m[3]) }));
    expect(views.map((view) => view.id)).toEqual(['step-5', 'a&quot;b']);
    expect(views[0]!.x).toBeGreaterThanOrEqual(size);
    expect(views[1]!.x).toBeGreaterThanOrEqual(views[0]!.x + views[0]!.side);
    expect(svg).toContain(`transform="translate(${views[0]!.x} 0)"`);
  });

  test('escapes the label', () => {
    expect(qrSheet([{ id: null, url: 'https://a.example/' }], 'a"<b')).toContain('aria-label="a&quot;&lt;b"');
  });

  test('refuses a relative URL, and a sheet that does not start with the page code, with a clear message', () => {
    expect(() => qrSheet([{ id: null, url: '/steps/' }], 'x')).toThrow(/not an absolute http\(s\) URL/);
    expect(() => qrSheet([{ id: 'a', url: 'https://a.example/#a' }], 'x')).toThrow(/first code of a sheet is the page/);
  });
});
