import { describe, expect, test } from 'vitest';
import { charactersOnSite, pairsOnSite } from './slips';

// The pairs of a site that writes 先用后付 and 进入「我的」页面: 先用 用后 后付 进入 我的 页面.
const before = new Map([
  ['用', '先'],
  ['后', '用'],
  ['付', '后'],
  ['入', '进'],
  ['的', '我'],
  ['面', '页'],
]);

describe('pairsOnSite: could a page hold the text as typed', () => {
  test.each([
    ['先用后付', true],
    ['先用 后付', true],
    ['付', true],
    ['先用后付 APP', true],
    ['先用后副', false],
    ['进入我的页面', false],
  ])('%s → %s', (text, expected) => {
    expect(pairsOnSite(text, before)).toBe(expected);
  });
  test('without tables nothing is ruled out', () => {
    expect(pairsOnSite('先用后副', new Map())).toBe(true);
  });
});

describe('charactersOnSite: could a page hold it with other punctuation', () => {
  test.each([
    ['进入我的页面', true],
    ['先用后付', true],
    ['先用后副', false],
    // A lone character needs no neighbour on the site.
    ['副 先用', true],
  ])('%s → %s', (text, expected) => {
    expect(charactersOnSite(text, before)).toBe(expected);
  });
  test('without tables nothing is ruled out', () => {
    expect(charactersOnSite('先用后副', new Map())).toBe(true);
  });
});
