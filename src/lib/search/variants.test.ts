import { describe, expect, it } from 'vitest';
import { createQueryTables, expandQuery, synonymsOf, toSimplified, type VariantData } from './variants';

const data: VariantData = {
  version: 2,
  t2s: '開开還还務务',
  pinyin: { 先: 'xian', 用: 'yong', 后: 'hou', 付: 'fu', 芝: 'zhi', 麻: 'ma', 分: 'fen', 还: 'hai huan', 款: 'kuan' },
  words: ['先用', '后', '付', '先用后付', '芝麻', '分', '还款'],
  before: { 务: '服' },
};
const tables = createQueryTables(data);
const texts = (query: string) => expandQuery(query, tables).map((variant) => variant.text);

describe('query variants', () => {
  it('normalises and simplifies the query itself', () => {
    expect(expandQuery('立即 開通', tables)[0]).toEqual({ text: '立即开通', spaced: '立即 开通', exact: '立即 开通', kind: 'literal', weight: 1 });
    expect(toSimplified('信用服務', tables.t2s)).toBe('信用服务');
  });

  it('adds the guide wording for common reader phrases', () => {
    expect(synonymsOf('芝麻分')).toEqual(['芝麻信用分']);
    expect(synonymsOf('18岁')).toEqual(['18周岁']);
    expect(texts('１８岁')).toEqual(['18岁', '18周岁']);
    expect(synonymsOf('18周岁')).toEqual([]);
  });

  it('turns pinyin and initials into Chinese words of the lexicon', () => {
    expect(texts('xianyonghoufu')).toContain('先用后付');
    expect(texts('xian yong hou fu')).toContain('先用后付');
    expect(texts('xyhf')).toContain('先用后付');
    expect(texts('huankuan')).toContain('还款');
  });

  it('applies synonyms to pinyin too', () => {
    expect(texts('zhimafen')).toEqual(expect.arrayContaining(['芝麻分', '芝麻信用分']));
  });

  it('ranks the literal query above its variants', () => {
    const [first, ...rest] = expandQuery('芝麻分', tables);
    expect(first!.kind).toBe('literal');
    expect(rest.every((variant) => variant.weight < first!.weight)).toBe(true);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(expandQuery('   ', tables)).toEqual([]);
    expect(expandQuery('「」。', tables)).toEqual([]);
  });

  it('ignores malformed tables', () => {
    expect(createQueryTables(null).t2s.size).toBe(0);
    expect(createQueryTables({ version: 2 }).pinyin).toBeNull();
    expect(expandQuery('xyhf', createQueryTables(undefined)).map((v) => v.text)).toEqual(['xyhf']);
  });
});
