import { describe, expect, it } from 'vitest';
import { buildVariantData } from './build-data';
import { analyseQuery, queryTerms, queryWords, siteWords, slipTables } from './query';
import { browserSegmenter } from './terms';
import { createQueryTables } from './variants';

/** A small site: the analysis only knows the words its text holds. */
const tables = createQueryTables(
  buildVariantData([
    {
      text: '在支付宝首页,点击右下角的「我的」图标,进入个人中心页面。\n在个人中心页面里找到「芝麻信用」模块。\n点击「立即开通」按钮。\n立即开通之后按时还款。\n先用后付是一种支付方式。先用后付很方便。\n芝麻信用分达到要求。芝麻信用分是重要条件。\n开通的用户需要年满 18 周岁。',
      headings: ['进入「我的」页面', '点击「立即开通」', '先用后付是什么', '年满 18 周岁'],
    },
  ]),
);
const segment = browserSegmenter();
const slips = slipTables(tables);
const analyse = (query: string) => analyseQuery(query, tables, segment, slips);
const words = (query: string) => queryTerms(queryWords(query, segment, tables.vocabulary), tables.vocabulary);

describe('what a question is about', () => {
  const terms = (query: string) => analyse(query).terms.map((term) => `${term.text}${term.hint ? '?' : ''}`);

  it.each([
    // Spoken filler and politeness weigh nothing; a character the segmenter leaves over only nudges.
    ['麻烦问一下先用后付到底是什么意思呀', ['问?', '先用后付', '什么意思?']],
    // Characters the site never writes as words, nor together, are one word it does not know.
    ['先用后付怎么解约', ['先用后付', '解约']],
    // An A-not-A question only asks whether.
    ['先用后付要不要手续费', ['先用后付', '手续费']],
    // Asking what something is, in other words.
    ['先用后付是个啥', ['先用后付', '个?', '是什么?']],
  ])('%s → %j', (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });
});

describe('query analysis: which words drop, which stay', () => {
  it.each([
    ['先用后付是什么意思', ['先用后付', '什么意思'], ['是']],
    ['怎么开通先用后付', ['怎么开通', '先用后付'], []],
    ['年龄不够能开吗', ['年龄', '开'], ['不够', '能', '吗']],
    ['芝麻分要多少才能开通', ['芝麻分', '开通'], ['要', '多少', '才能']],
    ['在哪里找到个人中心', ['在哪里', '找到', '个人中心'], []],
    ['请问立即开通按钮呢', ['立即开通', '按钮'], ['请问', '呢']],
    // 我的 is "my" before another word of the query, the app's tab before one about the tab.
    ['我的芝麻信用分够不够', ['芝麻信用分'], ['我的', '够', '不够']],
    ['我的页面在哪', ['我的', '页面', '在哪'], []],
    ['我的在哪', ['我的', '在哪'], []],
  ])('%s → %j, dropping %j', (query, kept, dropped) => {
    const result = words(query);
    expect(result.terms.map((term) => term.text)).toEqual(kept);
    expect(result.dropped).toEqual(dropped);
  });

  it('keeps question words when nothing else is left', () => {
    expect(words('是什么').terms.map((term) => term.text)).toEqual(['是', '什么']);
    expect(words('什么').terms.map((term) => term.text)).toEqual(['什么']);
  });

  it('merges the browser’s segments into the site’s own words', () => {
    expect(siteWords('先用后付', segment, tables.vocabulary)).toEqual(['先用后付']);
    expect(siteWords('芝麻信用分', segment, tables.vocabulary)).toEqual(['芝麻信用分']);
  });

  it('reads step numbers and ages written in Chinese numerals', () => {
    expect(words('第三步是什么').terms.map((term) => term.text)).toEqual(['第3步']);
    expect(words('第十步').terms.map((term) => term.text)).toEqual(['第10步']);
    expect(words('十八岁能开通吗').terms.map((term) => term.text)).toContain('18');
    expect(words('二十周岁').terms.map((term) => term.text)).toContain('20');
  });
});

describe('reader synonyms in the word tier', () => {
  it.each([
    ['芝麻分', ['芝麻分', '芝麻信用分'], false],
    ['年龄', ['年龄', '周岁', '年满'], false],
    ['开', ['开通'], false],
    ['在哪里', ['找到', '点击', '进入'], true],
    ['步骤', ['步骤', '流程'], false],
  ])('%s is searched as %j (hint: %s)', (query, forms, hint) => {
    const term = words(query).terms[0]!;
    expect(term.forms).toEqual(forms);
    expect(term.hint).toBe(hint);
  });
});

describe('input-method slips', () => {
  it.each([
    ['先用后副', '先用后付'],
    ['立既开通', '立即开通'],
    ['个人中新', '个人中心'],
    ['芝麻信永分', '芝麻信用分'],
    ['年满18周随', '年满18周岁'],
    ['右下脚', '右下角'],
  ])('%s is corrected to %s', (query, meant) => {
    expect(analyse(query).corrected).toBe(meant);
    expect(analyse(query).variants[0]!.text).toBe(meant);
  });

  it.each(['先用后付', '立即开通', '个人中心页面', '先用后付适合什么人', '花呗', '信用卡'])('%s is left alone', (query) => {
    expect(analyse(query).corrected).toBeNull();
  });

  it('is left out without the slip tables (searching what was typed)', () => {
    expect(analyseQuery('立既开通', tables, segment).corrected).toBeNull();
  });
});
