import { expect, test } from 'vitest';
import { conceptWords, SECTION_CONCEPTS } from './concepts';

const vocabulary = new Set(['信用', '还款', '开通']);

test.each([
  // Listed ideas, and words nobody listed that share two characters with one.
  ['黑名单', '逾期'],
  ['催收电话', '逾期'],
  ['还不上钱', '逾期'],
  ['老年人', '长辈模式'],
  ['被骗了', '个人信息'],
  ['骗', '个人信息'],
  ['大学生', '周岁'],
])('%s is searched as the section holding %s', (word, site) => {
  expect(conceptWords(word, vocabulary)).toContain(site);
});

test.each([
  // Only a guide word in common: 信用卡 is another product, not 信用差.
  '信用卡',
  // Topics the guide does not cover.
  '利息',
  '额度',
  '花呗',
  // A lone character only as itself.
  '钱',
])('%s is like no section', (word) => {
  expect(conceptWords(word, vocabulary)).toEqual([]);
});

test('every section lists site words and ideas', () => {
  for (const concept of SECTION_CONCEPTS) {
    expect(concept.site.length).toBeGreaterThan(0);
    expect(concept.ideas.split(' ').every(Boolean)).toBe(true);
  }
});
