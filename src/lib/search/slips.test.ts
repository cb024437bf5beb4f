import { expect, test } from 'vitest';
import { charactersOnSite, needsSounds, pairsOnSite } from './slips';

// The pairs of a site that writes 先用后付 and 进入「我的」页面: 先用 用后 后付 进入 我的 页面.
const before = new Map([
  ['用', '先'],
  ['后', '用'],
  ['付', '后'],
  ['入', '进'],
  ['的', '我'],
  ['面', '页'],
]);

// [text, could a page hold it as typed (pairsOnSite), could one hold it with other punctuation (charactersOnSite)]
test.each([
  ['先用后付', true, true],
  ['先用 后付', true, true],
  ['付', true, true],
  ['先用后付 APP', true, true],
  ['进入我的页面', false, true],
  ['先用后副', false, false],
  // A lone character needs no neighbour on the site.
  ['副 先用', true, true],
])('%s: as typed %s, with other punctuation %s', (text, asTyped, punctuated) => {
  expect(pairsOnSite(text, before)).toBe(asTyped);
  expect(charactersOnSite(text, before)).toBe(punctuated);
});

test('without tables nothing is ruled out', () => {
  expect(pairsOnSite('先用后副', new Map())).toBe(true);
  expect(charactersOnSite('先用后副', new Map())).toBe(true);
});

test.each([
  // 副 fits neither neighbour and the site never writes it: only the common characters' sounds can place it.
  ['先用后副', true],
  // 用 is a site character: its own readings suffice.
  ['先付用', false],
  ['先用后付', false],
  ['副', false],
])('%s needs the sound table: %s', (text, expected) => {
  const readings = new Map([...'先用后付进入我的页面'].map((char) => [char, ['x']]));
  expect(needsSounds(text, { readings, before })).toBe(expected);
});
