import { describe, expect, test } from 'vitest';
import { densestWindow, querySpan } from './proximity';

describe('densestWindow', () => {
  test.each([
    { name: 'all terms side by side', locations: [[10], [11], [12]], span: 6, expected: 3 },
    { name: 'terms far apart', locations: [[1], [200], [400]], span: 6, expected: 1 },
    { name: 'one occurrence close, others far', locations: [[1, 300], [302], [90, 305]], span: 6, expected: 3 },
    { name: 'two of three close', locations: [[5], [7], [100]], span: 6, expected: 2 },
    { name: 'the same position counts for each term', locations: [[4], [4]], span: 0, expected: 2 },
    { name: 'exactly at the span', locations: [[0], [6]], span: 6, expected: 2 },
    { name: 'one past the span', locations: [[0], [7]], span: 6, expected: 1 },
    { name: 'unsorted positions', locations: [[50, 3], [4]], span: 2, expected: 2 },
    { name: 'a term absent from the page', locations: [[3], []], span: 6, expected: 1 },
  ])('$name → $expected', ({ locations, span, expected }) => {
    expect(densestWindow(locations, span)).toBe(expected);
  });
});

test('querySpan allows two positions per character, spaces not counted, and room for punctuation', () => {
  expect(querySpan('立即开通')).toBe(12);
  expect(querySpan('支付宝 app')).toBe(2 * 6 + 4);
});
