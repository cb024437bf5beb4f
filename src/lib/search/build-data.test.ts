import { describe, expect, it } from 'vitest';
import { buildVariantData, lexicon, pinyinReadings, predecessors, traditionalMap } from './build-data';
import { decodeSounds } from './sounds';
import { createQueryTables, expandQuery } from './variants';

describe('build-time variant tables', () => {
  it('maps traditional characters only onto characters of the index', () => {
    const map = traditionalMap(new Set([...'开通还款']));
    expect(map.get('開')).toBe('开');
    expect(map.get('還')).toBe('还');
    // 門 → 门 is a real conversion, but 门 is not on the site, so it is left out.
    expect(map.has('門')).toBe(false);
    // Characters the site itself uses are never rewritten.
    expect(map.has('开')).toBe(false);
  });

  it('lists every toneless reading, ü as v', () => {
    expect(pinyinReadings(['还', '律'])).toEqual({ 还: 'hai huan', 律: 'lv' });
  });

  it('keeps words plus phrases that recur or make up a heading', () => {
    const segment = (text: string) => text.match(/先用|后|付|立即|开通|芝麻|信用|分|的/g) ?? [];
    const words = lexicon(
      [
        { text: '先用后付的芝麻信用分\n芝麻信用分', headings: ['立即开通'] },
        { text: '立即开通先用后付', headings: [] },
      ],
      segment,
    );
    expect(words).toEqual(expect.arrayContaining(['先用', '先用后付', '芝麻信用分', '立即开通']));
    // Seen once and not a heading: not a phrase.
    expect(words).not.toContain('付的芝麻');
  });

  it('lists the characters written before each character, within runs of Han text', () => {
    expect(predecessors([{ text: '商品或服务,义务。务必', headings: [] }])).toEqual({ 务: '义服', 品: '商', 或: '品', 服: '或', 必: '务' });
  });

  it('keeps how the common characters sound where a site character sounds the same', () => {
    const { sounds } = buildVariantData([{ text: '先用后付，立即开通。', headings: [] }]);
    const heard = decodeSounds(sounds);
    expect(heard.get('副')).toEqual(['fu']);
    expect(heard.get('既')).toEqual(['ji']);
    // 啊 (a) sounds like no character of the site.
    expect(heard.has('啊')).toBe(false);
  });

  // Generous timeout: OpenCC and pinyin over every common character take a few seconds on a busy machine.
  it('produces tables the query side can use', { timeout: 30_000 }, () => {
    const tables = createQueryTables(JSON.parse(JSON.stringify(buildVariantData([{ text: '点击立即开通按钮。', headings: ['立即开通'] }]))));
    const texts = (query: string) => expandQuery(query, tables).map((variant) => variant.text);
    expect(texts('立即開通')[0]).toBe('立即开通');
    expect(texts('lijikaitong')).toContain('立即开通');
    expect(texts('ljkt')).toContain('立即开通');
  });
});
