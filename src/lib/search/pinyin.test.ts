import { describe, expect, it } from 'vitest';
import { createPinyinLexicon, pinyinToChinese } from './pinyin';

const lexicon = createPinyinLexicon(
  { 立: 'li', 即: 'ji', 开: 'kai', 通: 'tong', 信: 'xin', 用: 'yong', 服: 'fu', 务: 'wu', 付: 'fu', 先: 'xian', 后: 'hou', 还: 'hai huan', 款: 'kuan' },
  ['立即', '开通', '立即开通', '信用', '服务', '先用', '后', '付', '还款', '信用服务'],
);
const texts = (query: string) => pinyinToChinese(query, lexicon).map((candidate) => candidate.text);

describe('pinyinToChinese', () => {
  it('reads full pinyin as a sequence of lexicon words', () => {
    expect(texts('lijikaitong')).toContain('立即开通');
    expect(texts('xianyonghoufu')).toEqual(['先用后付']);
  });

  it('tries every reading of characters with several', () => {
    expect(texts('huankuan')).toEqual(['还款']);
    expect(texts('haikuan')).toEqual(['还款']);
  });

  it('reads initials as one lexicon word or phrase', () => {
    expect(pinyinToChinese('ljkt', lexicon)).toEqual([{ text: '立即开通', kind: 'initials' }]);
    expect(texts('xyfw')).toEqual(['信用服务']);
  });

  it('accepts a last syllable still being typed', () => {
    expect(pinyinToChinese('lijikait', lexicon)).toContainEqual({ text: '立即开通', kind: 'partial' });
  });

  it('produces nothing for text that is not pinyin or not in the lexicon', () => {
    expect(texts('立即')).toEqual([]);
    expect(texts('app')).toEqual([]);
    expect(texts('x')).toEqual([]);
    expect(texts('zzzz')).toEqual([]);
  });
});
