import { describe, expect, test } from 'vitest';
import { nextStep, parseProgress, serialiseProgress, toggleStep } from './progress';

describe('progress storage', () => {
  test.each([
    [null, []],
    ['', []],
    ['125', [1, 2, 5]],
    ['521', [1, 2, 5]],
    ['1a', []],
    ['[1,2]', []],
    ['0', []],
  ] as const)('parse %j → %j', (stored, expected) => {
    expect(parseProgress(stored)).toEqual(expected);
  });

  test('serialise sorts, dedupes and drops what cannot be stored', () => {
    expect(serialiseProgress([5, 1, 2, 5, 0, 10, 1.5])).toBe('125');
  });

  test('the stored form reads back unchanged', () => {
    expect(serialiseProgress(parseProgress('1357'))).toBe('1357');
  });
});

describe('toggle and next step', () => {
  test('marking and unmarking', () => {
    expect(toggleStep([1, 2], 4, true)).toEqual([1, 2, 4]);
    expect(toggleStep([1, 2, 4], 2, false)).toEqual([1, 4]);
    expect(toggleStep([1], 1, true)).toEqual([1]);
  });

  test.each([
    [[], 7, null],
    [[1], 7, 2],
    [[1, 2, 5], 7, 6],
    [[3], 7, 4],
    [[1, 2, 3, 4, 5, 6, 7], 7, null],
    [[7], 7, null],
  ] as const)('done %j of %i → continue with %j', (done, total, expected) => {
    expect(nextStep(done, total)).toBe(expected);
  });
});
