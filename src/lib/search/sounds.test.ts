import { describe, expect, it } from 'vitest';
import { commonCharacters, decodeSounds, encodeSounds } from './sounds';

describe('the common characters’ sounds', () => {
  const common = commonCharacters();

  it('are the 3,755 characters of GB 2312 level 1, in its pinyin order', () => {
    expect(common).toHaveLength(3755);
    expect(common.slice(0, 2)).toEqual(['啊', '阿']);
    expect(common.at(-1)).toBe('座');
    expect(common.indexOf('付')).toBeLessThan(common.indexOf('即'));
  });

  it('round-trip every kept reading, first and other, and drop the rest', () => {
    const readings = { 啊: 'a', 阿: 'a e', 埃: 'ai', 付: 'fu', 副: 'fu', 还: 'hai huan', 环: 'huan', 即: 'ji', 既: 'ji' };
    const table = encodeSounds(readings, new Set(['a', 'fu', 'huan', 'ji']), common);
    expect(table.more).toEqual({ 还: 'huan' });
    const decoded = decodeSounds(JSON.parse(JSON.stringify(table)), common);
    expect(Object.fromEntries(decoded)).toEqual({ 啊: ['a'], 阿: ['a'], 付: ['fu'], 副: ['fu'], 还: ['huan'], 环: ['huan'], 即: ['ji'], 既: ['ji'] });
  });

  it('name no characters: runs of readings, and of nothing between them', () => {
    const table = encodeSounds({ 啊: 'a', 阿: 'a', 埃: 'ai', 挨: 'ai' }, new Set(['a']), common);
    expect(table.runs).toBe(`a2-${common.length - 2}`);
  });

  it('yield nothing from a malformed table rather than an error', () => {
    expect(decodeSounds(null, common).size).toBe(0);
    expect(decodeSounds({ runs: 42, more: 'x' }, common).size).toBe(0);
    expect([...decodeSounds({ runs: 'a2', more: { 还: 7 } }, common).keys()]).toEqual(['啊', '阿']);
  });
});
