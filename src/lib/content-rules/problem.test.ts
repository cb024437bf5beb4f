import { expect, test } from 'vitest';
import { formatProblem, formatReport } from './problem';

test('a problem is one line of where and what, one line of fix', () => {
  expect(formatProblem({ file: 'src/content/guide/a.mdx', line: 3, what: 'x is wrong.', fix: 'do y.' })).toBe('src/content/guide/a.mdx:3: x is wrong.\n    Fix: do y.');
  expect(formatProblem({ file: 'a.mdx', what: 'w', fix: 'f' })).toBe('a.mdx: w\n    Fix: f');
  expect(formatReport([{ file: 'a.mdx', what: 'w', fix: 'f' }])).toBe('The build stopped: 1 problem in the content.\na.mdx: w\n    Fix: f');
});
