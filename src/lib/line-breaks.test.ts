import { describe, expect, test } from 'vitest';
import { breakOpportunities, phrases, withWordBreaks } from './line-breaks';

describe('phrases: where a heading may break', () => {
  test.each([
    ['芝麻信用「先用后付」开通指南', ['芝麻信用', '「先用后付」', '开通', '指南']],
    ['什么是芝麻信用「先用后付」', ['什么', '是', '芝麻信用', '「先用后付」']],
    ['第 5 步：查找「先用后付」服务', ['第 5 步：', '查找', '「先用后付」', '服务']],
    ['开通先用后付需要满足的条件', ['开通', '先用后付', '需要', '满足', '的', '条件']],
    ['使用先用后付的注意事项', ['使用', '先用后付', '的', '注意事项']],
    ['第 7 步：点击「立即开通」', ['第 7 步：', '点击', '「立即开通」']],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  test.each(['先用后付', '芝麻信用', '信用服务', '立即开通', '注意事项'])('%s never splits, wherever it stands', (word) => {
    for (const text of [`${word}`, `开通${word}的方法`, `了解${word}`, `${word}需要满足的条件`]) {
      const at = text.indexOf(word);
      const inside = breakOpportunities(text).filter((cut) => cut > at && cut < at + word.length);
      expect(inside, text).toEqual([]);
    }
  });

  test('joined back, the phrases are the text', () => {
    const text = '选好商家和服务后，点击「立即开通」按钮，再按照页面提示操作，完成开通流程。';
    expect(phrases(text).join('')).toBe(text);
    expect(phrases(text).length).toBeGreaterThan(4);
  });

  test('text without Chinese is left alone; words passed to keep together are kept', () => {
    expect(breakOpportunities('Alipay app, step 5')).toEqual([]);
    expect(phrases('一页读完整指南', [])).not.toEqual(['一页读完整指南']);
    expect(phrases('一页读完整指南', ['一页读完整指南'])).toEqual(['一页读完整指南']);
  });
});

test('withWordBreaks joins phrases with <wbr> and escapes the text', () => {
  expect(withWordBreaks('开通先用后付需要满足的条件')).toBe('开通<wbr>先用后付<wbr>需要<wbr>满足<wbr>的<wbr>条件');
  expect(withWordBreaks('信用 & <b>')).toBe('信用 &amp; &lt;b&gt;');
});
