import { describe, expect, it } from 'vitest';
import { isHan, isWordChar, normalise, normaliseWithMap } from './normalise';

describe('normalise', () => {
  it('folds full-width letters, digits and spaces', () => {
    expect(normalise('ＡＰＰ')).toBe('app');
    expect(normalise('年满１８周岁')).toBe('年满18周岁');
    expect(normalise('立即\u3000开通')).toBe('立即开通');
  });

  it('drops spaces, punctuation and symbols between Chinese and other text', () => {
    expect(normalise('年满 18 周岁')).toBe('年满18周岁');
    expect(normalise('点击「立即开通」')).toBe('点击立即开通');
    expect(normalise('  信用  服务 ')).toBe('信用服务');
    expect(normalise('我的 → 芝麻信用')).toBe('我的芝麻信用');
  });

  it('turns sentence punctuation into one break mark', () => {
    expect(normalise('工作。选择')).toBe('工作。选择');
    expect(normalise('完成，，第 1 步: 打开')).toBe('完成。第1步。打开');
    expect(normalise('APP. 在')).toBe('app\u2029在');
    expect(normalise('2024.5')).toBe('2024。5');
    expect(normalise('工作。选择').includes('作选')).toBe(false);
  });

  it('keeps one space between two runs of letters or digits', () => {
    expect(normalise('APP 18')).toBe('app 18');
    expect(normalise('2024-08-19')).toBe('2024 08 19');
    expect(normalise('app18')).toBe('app18');
  });

  it('can keep one space where separators were dropped', () => {
    expect(normalise('支付方式。 在「我的」', { breaks: true })).toBe('支付方式 在 我的');
    expect(normalise('支付方式。 在「我的」')).toBe('支付方式。在我的');
    expect(normalise('，开通，', { breaks: true })).toBe('开通');
  });

  it('ignores invisible format characters', () => {
    expect(normalise('先\u200B用\u200D后付')).toBe('先用后付');
  });

  it('maps every normalised unit back to the source', () => {
    const source = '打开「支付宝 ＡＰＰ」';
    const { text, start, end } = normaliseWithMap(source);
    expect(text).toBe('打开支付宝app');
    const at = text.indexOf('支付宝app');
    expect(source.slice(start[at]!, end[at + '支付宝app'.length - 1]!)).toBe('支付宝 ＡＰＰ');
  });

  it('keeps characters outside the BMP and their offsets', () => {
    const source = '𠀀字 ab';
    const { text, start, end } = normaliseWithMap(source);
    expect(text).toBe('𠀀字ab');
    expect(source.slice(start[0]!, end[1]!)).toBe('𠀀');
  });

  it('tells Han characters from word characters', () => {
    expect(isHan('開')).toBe(true);
    expect(isHan('a')).toBe(false);
    expect(isWordChar('a')).toBe(true);
    expect(isWordChar('8')).toBe(true);
    expect(isWordChar('开')).toBe(false);
  });
});
