import { expect, test } from 'vitest';
import { escapeHtml } from './html';

test('escapeHtml escapes every character that could open markup or close an attribute', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  expect(escapeHtml('先用后付')).toBe('先用后付');
});
