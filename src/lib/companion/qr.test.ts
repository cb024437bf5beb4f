import { describe, expect, test } from 'vitest';
import { QUIET_ZONE, qrSvg } from './qr';

describe('qrSvg', () => {
  test('one labelled path with a four-module quiet zone', async () => {
    const svg = await qrSvg('https://guide.example.org/zhima-guide/steps/#step-5', '本节二维码');
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="本节二维码"');
    const [, size] = svg.match(/viewBox="0 0 (\d+) \d+"/)!.map(Number);
    // The first dark module (finder pattern corner) starts after the quiet zone.
    expect(svg).toMatch(new RegExp(`d="M${QUIET_ZONE} ${QUIET_ZONE + 0.5}h7`));
    expect(size! - 2 * QUIET_ZONE).toBeGreaterThanOrEqual(21);
  });

  test('escapes the label', async () => {
    expect(await qrSvg('https://a.example/', 'a"<b')).toContain('aria-label="a&quot;&lt;b"');
  });

  test('refuses a relative URL with a clear message', async () => {
    await expect(qrSvg('/steps/', 'x')).rejects.toThrow(/not an absolute http\(s\) URL/);
  });
});
