import { describe, expect, it } from 'vitest';
import { browserSegmenter, candidatePlan, type Segment } from './terms';

/** A segmenter that keeps only the listed Han words whole, like a small dictionary. */
const dictionary =
  (...words: string[]): Segment =>
  (text) =>
    text.split(' ').flatMap((part) => (words.includes(part) || !/\p{Script=Han}/u.test(part) ? [part] : [...part]));
const strictTerms = (spaced: string, segment: Segment) => candidatePlan(spaced, segment).strict[0]?.split(' ').sort();

describe('candidatePlan', () => {
  it('sends every adjacent pair of Han characters in one query', () => {
    expect(strictTerms('立即开通', dictionary('立即', '即开', '开通'))).toEqual(['即开', '开通', '立即']);
  });

  it('replaces a pair the segmenter would split by its first character', () => {
    // 麻信 is no word: Pagefind would split it, so only 麻 (a prefix of the indexed pair 麻信) is sent.
    expect(strictTerms('芝麻信用', dictionary('芝麻', '信用'))).toEqual(['信用', '芝麻', '麻'].sort());
  });

  it('never sends a term the browser segmenter would split further', () => {
    const segment = browserSegmenter();
    for (const query of ['芝麻信用分', '开通先用后付的', '商家和服务', '总的来说', '年满18周岁', '支付宝app', '支付方式 在']) {
      for (const term of candidatePlan(query, segment).strict.flatMap((q) => q.split(' '))) expect(segment(term)).toEqual([term]);
    }
  });

  it('does not pair characters the reader separated', () => {
    // On the page 。 sits between 式 and 在, so 式在 is not an indexed pair.
    expect(strictTerms('支付方式 在', dictionary('支付', '方式'))).toEqual(['在', '支付', '方式', '付'].sort());
  });

  it('keeps words that follow other text and drops a leading one that may be cut', () => {
    expect(strictTerms('支付宝app', dictionary('支付'))).toEqual(['app', '付', '支付'].sort());
    // "pp 里": the pp may be the end of APP, so it cannot be searched as a word start.
    expect(strictTerms('pp里', dictionary())).toEqual(['里']);
  });

  it('also searches a lone character as the pairs that end in it', () => {
    const plan = candidatePlan('务', dictionary('服务', '义务'), new Map([['务', '服义商']]));
    expect(plan.strict).toEqual(['务', '服务', '义务']);
  });

  it('falls back to the unsafe terms when nothing else is left', () => {
    expect(candidatePlan('pp', dictionary()).strict).toEqual(['pp']);
    expect(candidatePlan('', dictionary())).toEqual({ strict: [], loose: [] });
  });

  it('offers each term on its own for pages punctuated differently', () => {
    expect(candidatePlan('我的页面', dictionary('我的', '页面')).loose.sort()).toEqual(['我的', '的', '页面'].sort());
    expect(candidatePlan('我的', dictionary('我的')).loose).toEqual([]);
  });

  it('caps the number of terms for long queries', () => {
    expect(strictTerms('一二三四五六七八九十百千万', dictionary())!.length).toBeLessThanOrEqual(5);
  });

  it('fills the places pairs leave with single characters, every one a real term', () => {
    // Four whole pairs leave one place for the split ones' first characters (甲, 乙).
    const plan = candidatePlan('子丑寅卯辰甲乙丙', dictionary('子丑', '丑寅', '寅卯', '卯辰'));
    expect(plan.strict[0]!.split(' ')).toEqual(['子丑', '丑寅', '寅卯', '卯辰', '辰']);
    expect(plan.loose.every((term) => typeof term === 'string' && term.length > 0)).toBe(true);
  });
});
